using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Web.Features.Map;

namespace HealthDashboard.Web.Tests.Features.Map;

public sealed class MapRequestResolverTests
{
    private static readonly IndicatorCatalog Catalog = new([],
        [new Indicator { Code = "HI_COV", NameVi = "BHYT", NameEn = "HI" }, new Indicator { Code = "IMR", NameVi = "TV", NameEn = "IMR" }], [], []);

    private static readonly OrgUnitTree Tree = new(
    [
        new OrgUnit { Id = 1, Code = "VN", NameVi = "Việt Nam", NameEn = "Viet Nam", Kind = OrgUnitKind.Country, Path = "/1/" },
        new OrgUnit { Id = 2, Code = "AG", NameVi = "An Giang", NameEn = "An Giang", Kind = OrgUnitKind.Province, ParentId = 1, Path = "/1/2/" },
        new OrgUnit { Id = 3, Code = "AG_LXU", NameVi = "Long Xuyên", NameEn = "Long Xuyen", Kind = OrgUnitKind.District, ParentId = 2, Path = "/1/2/3/" },
        new OrgUnit { Id = 4, Code = "AG_LXU_01", NameVi = "Xã 1", NameEn = "Commune 1", Kind = OrgUnitKind.Commune, ParentId = 3, Path = "/1/2/3/4/" },
    ]);

    private static (MapRequest? Request, IReadOnlyList<MapProblem> Problems) Resolve(string? indicator, string? unit, string? level, string? period) =>
        MapRequestResolver.Resolve(Catalog, Tree, 2016, 2026, indicator, unit, level, period);

    [Fact]
    public void AnEmptyQueryOpensTheFirstProvinceByDistrictForCoverageThisYear()
    {
        var (request, problems) = Resolve(null, null, null, null);

        Assert.Empty(problems);
        Assert.Equal(("HI_COV", "AG", MapLevel.District, 2026), (request!.Indicator.Code, request.Unit.Code, request.Level, request.Year));
    }

    [Fact]
    public void ADistrictOpensOnItsCommunesAndCodesIgnoreCase()
    {
        var (request, _) = Resolve("imr", "ag_lxu", null, "2024");

        Assert.Equal(("IMR", "AG_LXU", MapLevel.Commune, 2024), (request!.Indicator.Code, request.Unit.Code, request.Level, request.Year));
    }

    [Fact]
    public void EveryBadValueIsReportedInBothLanguages()
    {
        var (request, problems) = Resolve("NOPE", "XX", "village", "1999");

        Assert.Null(request);
        Assert.Equal(["indicator", "unit", "level", "period"], problems.Select(p => p.Field));
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.MessageVi) || string.IsNullOrWhiteSpace(p.MessageEn)));
        Assert.Contains("2016", problems[^1].MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AG_LXU", "district")]
    [InlineData("AG_LXU_01", null)]
    [InlineData("AG_LXU_01", "commune")]
    public void ALevelThatIsNotBelowTheUnitIsReported(string unit, string? level)
    {
        var (request, problems) = Resolve(null, unit, level, null);

        Assert.Null(request);
        Assert.Equal("level", Assert.Single(problems).Field);
    }

    [Theory]
    [InlineData("2015")]
    [InlineData("2027")]
    [InlineData("202405")]
    [InlineData("-1")]
    [InlineData("abc")]
    public void APeriodOutsideTheYearsOfDataIsReported(string period)
    {
        Assert.Equal("period", Assert.Single(Resolve(null, null, null, period).Problems).Field);
    }
}
