using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HealthDashboard.Web.Tests.Features;

[Collection(SeededAppCollection.Name)]
public sealed class OverviewFilterTests(SeededAppFixture app)
{
    private static readonly Plan[] Plans = [new() { Code = "AG-NQ20", NameVi = "AG", NameEn = "AG" }];

    [Theory]
    [InlineData(null, null, null, null, null, null, PeriodType.Year, false, "")]
    [InlineData("ag-nq20", "2024", "QUARTER", "1", "AG-NQ20", 2024, PeriodType.Quarter, true, "")]
    [InlineData("NOPE", "abc", "week", "yes", null, null, PeriodType.Year, false, "plan,year,periodType,arriving")]
    [InlineData("' OR 1=1 --", "2015", "month", "0", null, null, PeriodType.Month, false, "plan,year")]
    [InlineData("", "2027", "", "", null, null, PeriodType.Year, false, "year")]
    public void TheQueryIsReadAndWhatMakesNoSenseIsDroppedAndNamed(string? plan, string? year, string? periodType, string? arriving,
        string? expectedPlan, int? expectedYear, PeriodType expectedType, bool expectedArriving, string expectedProblems)
    {
        var filter = OverviewFilter.Parse(plan, year, periodType, arriving, Plans, 2016, 2026, out var problems);

        Assert.Equal(new OverviewFilter(expectedPlan, expectedYear, expectedType, expectedArriving), filter);
        Assert.Equal(expectedProblems, string.Join(",", problems));
    }

    [Theory]
    [InlineData("AG_LXU_01", "AG-NQ20,LXU-2024,D25-2030")] // the province's, the district's and the national plan
    [InlineData("AG_CDO", "AG-NQ20,D25-2030")] // not Long Xuyên's, nor Bình Phước's
    [InlineData("NOPE", "AG-NQ20,BP-2021,LXU-2024,D25-2030")] // no such unit: its page says so; the list is not trimmed
    public void AUnitsPlanFilterOffersThePlansThatCoverIt(string unit, string expected)
    {
        Plan[] plans =
        [
            P("AG-NQ20", "AG"), P("BP-2021", "BP"), P("LXU-2024", "AG_LXU"), P("D25-2030", null),
        ];

        Assert.Equal(expected, string.Join(",", CoveringPlans.Of(Components.SampleUnits.Tree(), unit, plans).Select(p => p.Code)));
    }

    private static Plan P(string code, string? unit) => new() { Code = code, NameVi = code, NameEn = code, OrgUnitCode = unit };

    [Fact]
    public async Task APlanYearAndQuarterShowOnlyThePlansIndicatorsWithThatYearsLastQuarter()
    {
        var expected = await ExpectedFigures.ForAsync(app.Database, "AG");
        var overviews = app.Factory.Services.GetRequiredService<OverviewService>();

        var filtered = await overviews.LoadAsync("AG", new OverviewFilter("AG-NQ20", 2024, PeriodType.Quarter));

        Assert.NotNull(filtered);
        var inPlan = expected.Catalog.Targets.Where(t => t.PlanCode == "AG-NQ20").Select(t => t.IndicatorCode).ToHashSet();
        Assert.Equal(inPlan.Order(), filtered.Tiles.Select(t => t.Indicator.Code).Order());
        var coverage = filtered.Tiles.Single(t => t.Indicator.Code == "HI_COV");
        // Insurance is reported monthly, so the last quarter of 2024 has a value; yearly-only indicators show the year.
        Assert.Equal(Period.Quarter(2024, 4), coverage.ShownPeriod);
        Assert.All(filtered.Tiles.Where(t => t.Latest.Value is not null), t => Assert.Equal(2024, t.Year));
        Assert.All(filtered.Tiles, t => Assert.True(t.Series.All(p => p.Year <= 2024)));
    }
}
