using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.ViewQueries;

namespace HealthDashboard.Web.Tests.Pages;

public sealed class ViewQueryReaderTests
{
    private static readonly PagesFixture Fixture = new();

    [Theory]
    [InlineData("NOPE", "P", "year", "2024", "indicator")]
    [InlineData("HI_COV", "XX", "year", "2024", "unit")]
    [InlineData("HI_COV", "P", "week", "2024", "periodType")]
    [InlineData("HI_COV", "P", "year", "abc", "period")]
    [InlineData("HI_COV", "P", "year", "99999", "period")]
    [InlineData("HI_COV", "P", "year", "2015", "period")]
    [InlineData("HI_COV", "P", "year", "+2024", "period")]
    [InlineData("'; DROP TABLE org_unit; --", "P", "year", "2024", "indicator")]
    public void EveryBadPartIsNamedInBothLanguages(string indicator, string unit, string type, string year, string field)
    {
        var (query, problems) = ViewQueryReader.Read(PagesFixture.Catalog, Fixture.Tree, indicator, unit, type, year, 2016, 2025, 2024);

        Assert.Null(query);
        var problem = Assert.Single(problems);
        Assert.Equal(field, problem.Field);
        Assert.False(string.IsNullOrWhiteSpace(problem.Vietnamese) || string.IsNullOrWhiteSpace(problem.English));
    }

    [Fact]
    public void MissingPartsTakeTheDefaultsAndCodesIgnoreCase()
    {
        var (query, problems) = ViewQueryReader.Read(PagesFixture.Catalog, Fixture.Tree, "imr", "d1", "QUARTER", null, 2016, 2025, 2024);

        Assert.Empty(problems);
        Assert.Equal(("IMR", "D1", PeriodType.Quarter, 2024), (query!.Indicator.Code, query.Unit.Code, query.PeriodType, query.Year));
        Assert.Equal(("HI_COV", "P", PeriodType.Year), ViewQueryReader.Read(PagesFixture.Catalog, Fixture.Tree, null, null, null, null, 2016, 2025, 2024) is ({ } q, _) ? (q.Indicator.Code, q.Unit.Code, q.PeriodType) : default);
    }
}
