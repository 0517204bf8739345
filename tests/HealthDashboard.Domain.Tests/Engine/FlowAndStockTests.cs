namespace HealthDashboard.Domain.Tests.Engine;

/// <summary>Flows sum their months; stocks take each unit's last reported month, then add the units.</summary>
public class FlowAndStockTests
{
    [Fact]
    public void FlowsSumTheMonthsIntoQuarterAndYear()
    {
        // C2's primary-care visits: Jan 100, Feb 150, Mar 50 → Q1 300; Apr 200 → Q2 200; Dec 25 → Q4 25; Q3 none; year 525.
        // Visits paid by insurance: Jan 60, Feb 90, Mar 30 → Q1 180 (60 %). C3: Feb 100 visits, 90 paid.
        // P's Q1: (180 + 90) / (300 + 100) = 67.5 %.
        var snapshot = new FixtureSnapshot()
            .Add("PC_VISITS", "C2", "202401", 100).Add("PC_VISITS", "C2", "202402", 150).Add("PC_VISITS", "C2", "202403", 50)
            .Add("PC_VISITS", "C2", "202404", 200).Add("PC_VISITS", "C2", "202412", 25)
            .Add("PC_VISITS_INS", "C2", "202401", 60).Add("PC_VISITS_INS", "C2", "202402", 90).Add("PC_VISITS_INS", "C2", "202403", 30)
            .Add("PC_VISITS", "C3", "202402", 100).Add("PC_VISITS_INS", "C3", "202402", 90);

        Assert.Equal(300, snapshot.Element("PC_VISITS", "C2", "2024Q1"));
        Assert.Equal(200, snapshot.Element("PC_VISITS", "C2", "2024Q2"));
        Assert.Null(snapshot.Element("PC_VISITS", "C2", "2024Q3"));
        Assert.Equal(25, snapshot.Element("PC_VISITS", "C2", "2024Q4"));
        Assert.Equal(525, snapshot.Element("PC_VISITS", "C2", "2024"));
        Assert.Equal(625, snapshot.Element("PC_VISITS", "P", "2024"));
        Assert.Equal(250, snapshot.Element("PC_VISITS", "P", "202402"));
        Assert.Equal(60.0, snapshot.Value("INS_PRIMARY", "C2", "2024Q1").Value!.Value, 9);
        Assert.Equal(67.5, snapshot.Value("INS_PRIMARY", "P", "2024Q1").Value!.Value, 9);
        Assert.Null(snapshot.Element("PC_VISITS", "P", "2023"));
    }

    [Fact]
    public void StocksTakeEachUnitsLastReportedMonthThenAddTheUnits()
    {
        // Population and insured people, Q1 2024. C1 reports every month: Jan 950/700, Feb 980/750, Mar 1000/900.
        // C2 stopped reporting after January: 2000/1500. D1's quarter takes C1's March and C2's January:
        // 2400 / 3000 = 80 % (March alone would say 900 / 1000 = 90 %; summing the months would count people thrice).
        var snapshot = new FixtureSnapshot()
            .Add("POP", "C1", "202401", 950).Add("HI_INSURED", "C1", "202401", 700)
            .Add("POP", "C1", "202402", 980).Add("HI_INSURED", "C1", "202402", 750)
            .Add("POP", "C1", "202403", 1000).Add("HI_INSURED", "C1", "202403", 900)
            .Add("POP", "C2", "202401", 2000).Add("HI_INSURED", "C2", "202401", 1500);

        var quarter = snapshot.Value("HI_COV", "D1", "2024Q1");
        Assert.Equal(2400, quarter.Numerator);
        Assert.Equal(3000, quarter.Denominator);
        Assert.Equal(80.0, quarter.Value!.Value, 9);
        Assert.Equal(80.0, snapshot.Value("HI_COV", "D1", "2024").Value!.Value, 9);
        Assert.Equal(80.0, snapshot.Value("HI_COV", "P", "2024").Value!.Value, 9);
        // A month is that month's reports only: February has C1's 980 and nothing from C2.
        Assert.Equal(980, snapshot.Element("POP", "D1", "202402"));
        Assert.False(snapshot.Value("HI_COV", "D1", "2024Q2").HasValue);
    }

    [Fact]
    public void StockOfTheYearTakesTheLastMonthWhateverOrderTheValuesArriveIn()
    {
        // C3's population: June 1200 arrives before February 1100 and November 1300 before August 1250: the year is 1300,
        // Q1 is 1100, Q2 is 1200.
        var snapshot = new FixtureSnapshot()
            .Add("POP", "C3", "202406", 1200).Add("POP", "C3", "202402", 1100)
            .Add("POP", "C3", "202411", 1300).Add("POP", "C3", "202408", 1250);

        Assert.Equal(1100, snapshot.Element("POP", "C3", "2024Q1"));
        Assert.Equal(1200, snapshot.Element("POP", "C3", "2024Q2"));
        Assert.Equal(1250, snapshot.Element("POP", "C3", "2024Q3"));
        Assert.Equal(1300, snapshot.Element("POP", "C3", "2024"));
        Assert.Equal(1300, snapshot.Element("POP", "P", "2024"));
    }

    [Fact]
    public void StockReportedByAParentAndItsChildAddsBoth()
    {
        // C1 reports 12 doctors itself and its station S1 reports 3 (its own last month, February): C1's subtree has 15.
        var snapshot = new FixtureSnapshot()
            .Add("DOCTORS", "C1", "202403", 12).Add("DOCTORS", "S1", "202401", 2).Add("DOCTORS", "S1", "202402", 3);

        Assert.Equal(15, snapshot.Element("DOCTORS", "C1", "2024Q1"));
        Assert.Equal(15, snapshot.Element("DOCTORS", "VN", "2024"));
        Assert.Equal(3, snapshot.Element("DOCTORS", "S1", "2024"));
    }

    [Fact]
    public void YearlyElementHasNoMonthOrQuarter()
    {
        var snapshot = new FixtureSnapshot().Add("U5_MEASURED", "C1", "2024", 200).Add("U5_STUNTED", "C1", "2024", 30);

        Assert.Equal(15.0, snapshot.Value("STUNT_U5", "P", "2024").Value!.Value, 9);
        Assert.False(snapshot.Value("STUNT_U5", "P", "2024Q1").HasValue);
        Assert.False(snapshot.Value("STUNT_U5", "P", "202401").HasValue);
    }
}
