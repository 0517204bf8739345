using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Status;

namespace HealthDashboard.Domain.Tests.Engine;

/// <summary>
/// A year counted from January through one month only, read from the snapshot's cells: what a page shows for a year
/// whose later months are still being reported. Each figure must equal the whole year's when nothing comes later.
/// </summary>
public class YearToDateTests
{
    private static IndicatorResult Through(FixtureSnapshot snapshot, string indicator, string unit, string lastMonth) =>
        snapshot.Snapshot.ValueThrough(snapshot.Snapshot.Indicator(indicator)!, snapshot.Snapshot.Units.IndexOf(unit), Period.Parse(lastMonth));

    [Fact]
    public void FlowsSumTheMonthsUpToTheLastOne()
    {
        // C2's visits: Jan 100, Feb 150, Mar 50, Apr 200, Dec 25 (year 525), of which paid by insurance Jan 60, Feb 90,
        // Mar 30, Apr 20, Dec 25. Through March: 180 / 300 = 60 %; through November: 200 / 500 = 40 %; through December
        // the year: 225 / 525 = 42.857… %.
        var snapshot = new FixtureSnapshot()
            .Add("PC_VISITS", "C2", "202401", 100).Add("PC_VISITS", "C2", "202402", 150).Add("PC_VISITS", "C2", "202403", 50)
            .Add("PC_VISITS", "C2", "202404", 200).Add("PC_VISITS", "C2", "202412", 25)
            .Add("PC_VISITS_INS", "C2", "202401", 60).Add("PC_VISITS_INS", "C2", "202402", 90).Add("PC_VISITS_INS", "C2", "202403", 30)
            .Add("PC_VISITS_INS", "C2", "202404", 20).Add("PC_VISITS_INS", "C2", "202412", 25);

        var march = Through(snapshot, "INS_PRIMARY", "P", "202403");
        Assert.Equal((180, 300), (march.Numerator, march.Denominator));
        Assert.Equal(60.0, march.Value!.Value, 9);
        var november = Through(snapshot, "INS_PRIMARY", "P", "202411");
        Assert.Equal((200, 500), (november.Numerator, november.Denominator));
        Assert.Equal(40.0, november.Value!.Value, 9);
        Assert.Equal(snapshot.Value("INS_PRIMARY", "P", "2024"), Through(snapshot, "INS_PRIMARY", "P", "202412"));
        Assert.Equal(225.0 / 525 * 100, Through(snapshot, "INS_PRIMARY", "P", "202412").Value!.Value, 9);
        // Nothing before May's first value: no figure, not a zero.
        Assert.False(Through(snapshot, "INS_PRIMARY", "P", "202312").HasValue);
    }

    [Fact]
    public void StocksTakeEachUnitsLatestValueUpToTheLastMonth()
    {
        // Population and insured people in 2024. C1 reports Mar 1000/900 and Nov 1100/1045; C2 only Jan 2000/1500.
        // Through October D1 has C1's March and C2's January: 2400 / 3000 = 80 % (October's own cell, no report in it,
        // would have nothing). The year takes C1's November: 2545 / 3100 = 82.096… %.
        var snapshot = new FixtureSnapshot()
            .Add("POP", "C1", "202403", 1000).Add("HI_INSURED", "C1", "202403", 900)
            .Add("POP", "C1", "202411", 1100).Add("HI_INSURED", "C1", "202411", 1045)
            .Add("POP", "C2", "202401", 2000).Add("HI_INSURED", "C2", "202401", 1500);

        var october = Through(snapshot, "HI_COV", "D1", "202410");
        Assert.Equal((2400, 3000), (october.Numerator, october.Denominator));
        Assert.Equal(80.0, october.Value!.Value, 9);
        Assert.Equal(2545.0 / 3100 * 100, snapshot.Value("HI_COV", "D1", "2024").Value!.Value, 9);
        Assert.Equal(snapshot.Value("HI_COV", "P", "2024"), Through(snapshot, "HI_COV", "P", "202411"));
    }

    [Fact]
    public void AUnitsOwnStockCountsBesideItsStations()
    {
        // C1 reports 12 doctors itself in March; its station S1 reports 2 in January, 3 in February and 4 in November.
        // Through October C1's subtree has 12 + 3 = 15 (the year: 12 + 4 = 16); through January 2, C1's own not yet.
        var snapshot = new FixtureSnapshot()
            .Add("DOCTORS", "C1", "202403", 12).Add("DOCTORS", "S1", "202401", 2).Add("DOCTORS", "S1", "202402", 3)
            .Add("DOCTORS", "S1", "202411", 4).Add("POP", "C1", "202401", 10000);

        Assert.Equal(15, Through(snapshot, "DOCTORS_10K", "P", "202410").Numerator);
        Assert.Equal(16, snapshot.Value("DOCTORS_10K", "P", "2024").Numerator);
        Assert.Equal(2, Through(snapshot, "DOCTORS_10K", "P", "202401").Numerator);
    }

    [Fact]
    public void QuarterlyFiguresCountTheQuartersOverByTheLastMonth()
    {
        // C3's satisfaction survey: Q1 40 of 50 respondents, Q3 45 of 50, Q4 50 of 50. Through October (Q4 not over):
        // 85 / 100 = 85 %; through August only Q1: 80 %.
        var snapshot = new FixtureSnapshot()
            .Add("RESPONDENTS", "C3", "2024Q1", 50).Add("SATISFIED", "C3", "2024Q1", 40)
            .Add("RESPONDENTS", "C3", "2024Q3", 50).Add("SATISFIED", "C3", "2024Q3", 45)
            .Add("RESPONDENTS", "C3", "2024Q4", 50).Add("SATISFIED", "C3", "2024Q4", 50);

        Assert.Equal(85.0, Through(snapshot, "SATISFACTION", "P", "202410").Value!.Value, 9);
        Assert.Equal(80.0, Through(snapshot, "SATISFACTION", "P", "202408").Value!.Value, 9);
    }

    [Fact]
    public void APerYearRateIsScaledByTheMonthsCountedNotByTheYear()
    {
        // Computed in December 2025. C3: 100 outpatient visits a month all year, population 1000. Through October
        // 2025: 1000 / 1000 × 12 / 10 = 1.2 visits per person per year, not 1.0 (× 12/12) nor 1.09 (November's in).
        var snapshot = new FixtureSnapshot();
        for (var month = 1; month <= 12; month++)
        {
            snapshot.Add("OP_VISITS", "C3", Period.Month(2025, month).ToString(), month == 11 ? 200 : 100).Add("POP", "C3", Period.Month(2025, month).ToString(), 1000);
        }

        Assert.Equal(1.2, Through(snapshot, "VISITS_PC", "P", "202510").Value!.Value, 9);
        Assert.Equal(1300.0 / 1000, snapshot.Value("VISITS_PC", "P", "2025").Value!.Value, 9);
    }

    [Fact]
    public void TheYearsStatusIsJudgedOnTheMonthsCounted()
    {
        // P's plan: insurance coverage ≥ 90 % by 2025. C1: 800 of 1000 insured in March, 950 of 1000 in November.
        // The year (November's 95 %) has achieved it; through October (March's 80 %) it has not.
        var snapshot = new FixtureSnapshot()
            .Add("POP", "C1", "202503", 1000).Add("HI_INSURED", "C1", "202503", 800)
            .Add("POP", "C1", "202511", 1000).Add("HI_INSURED", "C1", "202511", 950);
        var coverage = snapshot.Snapshot.Indicator("HI_COV")!;
        var unit = snapshot.Snapshot.Units.IndexOf("C1");

        Assert.Equal(TargetStatus.Achieved, snapshot.Snapshot.Status(coverage, unit, 2025).Status);
        var october = snapshot.Snapshot.Status(coverage, unit, 2025, Period.Month(2025, 10));
        Assert.NotEqual(TargetStatus.Achieved, october.Status);
        Assert.Equal(90.0, october.Target!.Value);
        // A cut in another year leaves this one whole.
        Assert.Equal(TargetStatus.Achieved, snapshot.Snapshot.Status(coverage, unit, 2025, Period.Month(2024, 10)).Status);
    }
}
