using HealthDashboard.Domain.Status;
using HealthDashboard.Web.Features.Rankings;

namespace HealthDashboard.Web.Tests.Pages;

public sealed class RankingBuilderTests
{
    [Fact]
    public void HigherIsBetterRanksTheHighestCoverageFirstAndNoDataLast()
    {
        var fixture = new PagesFixture().Coverage("C1", 2025, 800).Coverage("C2", 2025, 900).Coverage("C3", 2025, 850);

        var view = new RankingBuilder(fixture.Build(), fixture.Tree, PagesFixture.Calendar).Build(PagesFixture.Catalog.Indicator("HI_COV")!, fixture.Unit("D1"), 2025);

        // 90 % > 85 % > 80 %, C4 has no value; the district health centre is not an area and is not ranked.
        Assert.Equal(["C2", "C3", "C1", "C4"], view.Rows.Select(r => r.Unit.Code));
        Assert.Equal([1, 2, 3, null], view.Rows.Select(r => r.Rank));
        Assert.Equal([90.0, 85.0, 80.0, null], view.Rows.Select(r => r.Result.Value));
        Assert.Equal(95, view.Target?.Value);
    }

    [Fact]
    public void LowerIsBetterRanksTheLowestInfantMortalityFirstWithTheEnginesStatuses()
    {
        var fixture = new PagesFixture()
            .Add("LIVE_BIRTHS", "C1", "202503", 4000).Add("DEATHS_U1", "C1", "202503", 20) // 5 ‰
            .Add("LIVE_BIRTHS", "C2", "202503", 2000).Add("DEATHS_U1", "C2", "202503", 30) // 15 ‰
            .Add("LIVE_BIRTHS", "C3", "202503", 50).Add("DEATHS_U1", "C3", "202503", 0); // 0 ‰ of only 50 births

        var view = new RankingBuilder(fixture.Build(), fixture.Tree, PagesFixture.Calendar).Build(PagesFixture.Catalog.Indicator("IMR")!, fixture.Unit("D1"), 2025);

        Assert.Equal(["C3", "C1", "C2", "C4"], view.Rows.Select(r => r.Unit.Code));
        Assert.Equal([0.0, 5.0, 15.0, null], view.Rows.Select(r => r.Result.Value));
        // 2025 is the target year of "≤ 10 ‰": met is achieved, missed is not achieved (no longer "off track": the year
        // has come). No death in 50 births: Wilson's interval 0 … 71 ‰ holds 10 ‰, so it is not judged.
        Assert.Equal([TargetStatus.NotEnoughData, TargetStatus.Achieved, TargetStatus.NotAchieved, TargetStatus.NoData], view.Rows.Select(r => r.Status.Status));
        // 50 births are under IMR's minimum denominator of 100: flagged, with an interval to show instead of a bare rate.
        Assert.True(view.Rows[0].Result.Unstable);
        Assert.Equal(71.3, view.Rows[0].Result.Interval95!.High, 1);
        Assert.False(view.Rows[1].Result.Unstable);
    }

    [Fact]
    public void ACommuneRanksItsStation()
    {
        var fixture = new PagesFixture().Coverage("S1", 2025, 700);

        var view = new RankingBuilder(fixture.Build(), fixture.Tree, PagesFixture.Calendar).Build(PagesFixture.Catalog.Indicator("HI_COV")!, fixture.Unit("C1"), 2025);

        var row = Assert.Single(view.Rows);
        Assert.Equal(("S1", 70.0), (row.Unit.Code, row.Result.Value));
    }

    [Fact]
    public void AYearNotAllDueIsRankedOnItsMonthsThroughTheLastDue()
    {
        // On 4 December 2025 November's reports are still arriving: 2025 counts January to October. C1: 20 deaths in 4000
        // births in March (5 ‰), then 30 in 1000 in November; C2: 14 in 2000 in March (7 ‰). Through October C1 ranks
        // first; with November C1's 50 in 5000 (10 ‰) would rank last.
        var fixture = new PagesFixture()
            .Add("LIVE_BIRTHS", "C1", "202503", 4000).Add("DEATHS_U1", "C1", "202503", 20)
            .Add("LIVE_BIRTHS", "C1", "202511", 1000).Add("DEATHS_U1", "C1", "202511", 30)
            .Add("LIVE_BIRTHS", "C2", "202503", 2000).Add("DEATHS_U1", "C2", "202503", 14);
        var imr = PagesFixture.Catalog.Indicator("IMR")!;

        var december = new RankingBuilder(fixture.Build(), fixture.Tree, new(new DateOnly(2025, 12, 4), 5)).Build(imr, fixture.Unit("D1"), 2025);
        var january = new RankingBuilder(fixture.Build(), fixture.Tree, PagesFixture.Calendar).Build(imr, fixture.Unit("D1"), 2025);

        Assert.Equal([("C1", 5.0), ("C2", 7.0)], december.Rows.Take(2).Select(r => (r.Unit.Code, r.Result.Value!.Value)));
        Assert.Equal(Domain.Periods.Period.Month(2025, 10), december.Through);
        Assert.Equal([("C2", 7.0), ("C1", 10.0)], january.Rows.Take(2).Select(r => (r.Unit.Code, r.Result.Value!.Value)));
        Assert.Null(january.Through);
    }
}
