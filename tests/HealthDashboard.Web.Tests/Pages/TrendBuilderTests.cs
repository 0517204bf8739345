using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.Trends;

namespace HealthDashboard.Web.Tests.Pages;

public sealed class TrendBuilderTests
{
    [Fact]
    public void TheRoadmapRunsFromTheDeclaredBaselineThenFromTheValueReachedInEachEarlierTargetYear()
    {
        var fixture = new PagesFixture().Coverage("C1", 2020, 850).Coverage("C1", 2023, 880).Coverage("C1", 2025, 930);

        var view = new TrendBuilder(fixture.Build(), fixture.Tree, PagesFixture.Catalog.Targets, 2016, PagesFixture.Calendar)
            .Build(PagesFixture.Catalog.Indicator("HI_COV")!, fixture.Unit("C1"), PeriodType.Year);

        // Baseline 76.5 (2017) → ≥ 90 (2020); reached 85 in 2020 → ≥ 95 (2025); reached 93 in 2025 → > 95 (2030).
        Assert.Equal("PLAN_P", view.PlanCode);
        Assert.Equal(
            [(2017, 76.5, false, 2020, 90.0), (2020, 85.0, true, 2025, 95.0), (2025, 93.0, true, 2030, 95.0)],
            view.TargetPath.Select(s => (s.FromYear!.Value, s.FromValue!.Value, s.FromActual, s.Goal.Year, s.Goal.Value)));
    }

    [Fact]
    public void TheComparisonSetIsWhatTheLinkAsksFor()
    {
        var fixture = new PagesFixture().Coverage("C1", 2025, 850).Coverage("C2", 2025, 900).Coverage("C5", 2025, 880);
        var builder = new TrendBuilder(fixture.Build(), fixture.Tree, PagesFixture.Catalog.Targets, 2016, PagesFixture.Calendar);
        var coverage = PagesFixture.Catalog.Indicator("HI_COV")!;

        var byDefault = builder.Build(coverage, fixture.Unit("C1"), PeriodType.Year);
        var parentOnly = builder.Build(coverage, fixture.Unit("C1"), PeriodType.Year, TrendComparison.Parse("parent", null, out _));
        // C2 is a peer, C5 a commune of the other district: both become named lines; NOPE is said, not dropped silently.
        var picked = builder.Build(coverage, fixture.Unit("C1"), PeriodType.Year, TrendComparison.Parse("none", "C2, C5,NOPE", out var problem));

        Assert.Equal([TrendRole.Unit, TrendRole.Parent, TrendRole.Peer, TrendRole.Peer, TrendRole.Peer], byDefault.Lines.Select(l => l.Role));
        Assert.Equal([("C1", TrendRole.Unit), ("D1", TrendRole.Parent)], parentOnly.Lines.Select(l => (l.Unit.Code, l.Role)));
        Assert.Equal([("C1", TrendRole.Unit), ("C2", TrendRole.Picked), ("C5", TrendRole.Picked)], picked.Lines.Select(l => (l.Unit.Code, l.Role)));
        Assert.Equal(["NOPE"], picked.UnknownPicked);
        Assert.Null(problem);
    }

    [Fact]
    public void ATimeRangeStartsTheLinesAndTheRoadmapAtItsFirstYear()
    {
        var fixture = new PagesFixture().Coverage("C1", 2019, 800).Coverage("C1", 2023, 880).Coverage("C1", 2025, 930);

        var view = new TrendBuilder(fixture.Build(), fixture.Tree, PagesFixture.Catalog.Targets, 2016, PagesFixture.Calendar)
            .Build(PagesFixture.Catalog.Indicator("HI_COV")!, fixture.Unit("C1"), PeriodType.Year, fromYear: 2021);

        // 2019 is before the range; of the roadmap's legs to 2020, 2025 and 2030 the first ends before it.
        Assert.Equal([2023, 2025], view.Main.Points.Select(p => p.Period.Year));
        Assert.Equal([2025, 2030], view.TargetPath.Select(l => l.Goal.Year));
        Assert.Equal(2021, TrendService.FromYear("2021", 2026));
        Assert.Null(TrendService.FromYear("1999", 2026));
        Assert.Null(TrendService.FromYear("20x1", 2026));
    }

    [Fact]
    public void AnUnknownComparisonIsNamedAndTheDefaultUsed()
    {
        var comparison = TrendComparison.Parse("cousins", null, out var problem);

        Assert.Equal(("peers", "cousins"), (comparison.Name, problem));
    }

    [Fact]
    public void ACommunesTrendIsQuarterlyUnlessAPeriodTypeIsAsked()
    {
        var fixture = new PagesFixture();
        var commune = new HealthDashboard.Web.Features.ViewQueries.ViewQuery(PagesFixture.Catalog.Indicator("IMR")!, fixture.Unit("C1"), PeriodType.Year, 2025);
        var district = commune with { Unit = fixture.Unit("D1") };

        Assert.Equal(PeriodType.Quarter, TrendService.WithDefaultPeriod(commune, null).PeriodType);
        Assert.Equal(PeriodType.Year, TrendService.WithDefaultPeriod(commune, "year").PeriodType);
        Assert.Equal(PeriodType.Year, TrendService.WithDefaultPeriod(district, null).PeriodType);
    }

    [Fact]
    public void TheRoadmapIsTheLineTheEngineJudgesAgainst()
    {
        var fixture = new PagesFixture().Coverage("C1", 2020, 850).Coverage("C1", 2023, 880);
        var snapshot = fixture.Build();

        var view = new TrendBuilder(snapshot, fixture.Tree, PagesFixture.Catalog.Targets, 2016, PagesFixture.Calendar)
            .Build(PagesFixture.Catalog.Indicator("HI_COV")!, fixture.Unit("C1"), PeriodType.Year);

        // 2023 lies on the 2020 → 2025 leg: 85 + (95 − 85) × 3/5 = 91, the engine's expected value for 88 %.
        var leg = view.TargetPath.Single(s => s.Goal.Year == 2025);
        var onPath = leg.FromValue!.Value + (leg.Goal.Value - leg.FromValue.Value) * (2023 - leg.FromYear!.Value) / (leg.Goal.Year - leg.FromYear.Value);
        var status = snapshot.Status(snapshot.Indicator("HI_COV")!, snapshot.Units.IndexOf(5), 2023);
        Assert.Equal(91.0, onPath, 9);
        Assert.Equal(91.0, status.Expected!.Value, 9);
    }

    [Fact]
    public void TheUnitIsComparedWithItsParentAndItsSameKindSiblings()
    {
        var fixture = new PagesFixture().Coverage("C1", 2024, 800).Coverage("C2", 2024, 900).Add("DOCTORS", "H1", "202412", 4);

        var view = new TrendBuilder(fixture.Build(), fixture.Tree, PagesFixture.Catalog.Targets, 2016, PagesFixture.Calendar)
            .Build(PagesFixture.Catalog.Indicator("HI_COV")!, fixture.Unit("C1"), PeriodType.Year);

        Assert.Equal([("C1", TrendRole.Unit), ("D1", TrendRole.Parent), ("C2", TrendRole.Peer), ("C3", TrendRole.Peer), ("C4", TrendRole.Peer)],
            view.Lines.Select(l => (l.Unit.Code, l.Role)).OrderBy(l => l.Role).ThenBy(l => l.Code));
        // D1 sums numerators and denominators: 1,700 of 2,000 people.
        Assert.Equal([(Period.OfYear(2024), 85.0)], view.Lines.Single(l => l.Role == TrendRole.Parent).Points.Select(p => (p.Period, p.Result.Value!.Value)));
        Assert.Empty(view.Lines.Single(l => l.Unit.Code == "C3").Points);
    }

    [Fact]
    public void AMonthlyTrendHasOnePointPerMonthWithData()
    {
        var fixture = new PagesFixture().Add("POP", "C1", "202501", 1000).Add("HI_INSURED", "C1", "202501", 500)
            .Add("POP", "C1", "202502", 1000).Add("HI_INSURED", "C1", "202502", 600);

        var view = new TrendBuilder(fixture.Build(), fixture.Tree, PagesFixture.Catalog.Targets, 2016, PagesFixture.Calendar)
            .Build(PagesFixture.Catalog.Indicator("HI_COV")!, fixture.Unit("C1"), PeriodType.Month);

        Assert.Equal([("202501", 50.0), ("202502", 60.0)], view.Main.Points.Select(p => (p.Period.ToString(), p.Result.Value!.Value)));
    }

    [Fact]
    public void LinesEndWithTheLastPeriodWhoseReportsAreAllDue()
    {
        // On 4 December 2025 November's reports are still arriving. C1: 20 infant deaths in 4000 births in March, 30 in
        // 1000 in November. The monthly line ends with October, the quarterly one with Q3 (Q4 is not over), and the
        // year's point is January–October: 20 / 4000 = 5 ‰, not 50 / 5000 = 10 ‰.
        var fixture = new PagesFixture()
            .Add("LIVE_BIRTHS", "C1", "202503", 4000).Add("DEATHS_U1", "C1", "202503", 20)
            .Add("LIVE_BIRTHS", "C1", "202511", 1000).Add("DEATHS_U1", "C1", "202511", 30);
        var builder = new TrendBuilder(fixture.Build(), fixture.Tree, PagesFixture.Catalog.Targets, 2016, new(new DateOnly(2025, 12, 4), 5));
        var imr = PagesFixture.Catalog.Indicator("IMR")!;
        var none = TrendComparison.Parse("none", null, out _);

        var months = builder.Build(imr, fixture.Unit("C1"), PeriodType.Month, none).Lines.Single();
        var quarters = builder.Build(imr, fixture.Unit("C1"), PeriodType.Quarter, none).Lines.Single();
        var year = builder.Build(imr, fixture.Unit("C1"), PeriodType.Year, none).Lines.Single().Points.Single();

        Assert.Equal([Period.Month(2025, 3)], months.Points.Select(p => p.Period));
        Assert.Equal([Period.Quarter(2025, 1)], quarters.Points.Select(p => p.Period));
        Assert.Equal((Period.OfYear(2025), 5.0, Period.Month(2025, 10)), (year.Period, year.Result.Value!.Value, year.Through));
    }
}
