namespace HealthDashboard.Domain.Tests.Engine;

/// <summary>Ratios, counts and small denominators on the fixture tree, every figure worked out by hand.</summary>
public class RatioOfSumsTests
{
    // Infant deaths / live births × 1000, March 2024:
    //   S1 (station under C1)  1 / 30
    //   C1 own                 1 / 170  → C1's subtree 2 / 200  = 10 ‰
    //   C2                     4 / 800                          =  5 ‰
    //   D1 = C1 + C2           6 / 1000                         =  6 ‰  (the mean of 10 and 5 would be 7.5)
    //   C3 = D2               6 / 500                           = 12 ‰
    //   P  = D1 + D2          12 / 1500                         =  8 ‰  (the mean of 6 and 12 would be 9)
    private static FixtureSnapshot Mortality() => new FixtureSnapshot()
        .Add("LIVE_BIRTHS", "S1", "202403", 30).Add("DEATHS_U1", "S1", "202403", 1)
        .Add("LIVE_BIRTHS", "C1", "202403", 170).Add("DEATHS_U1", "C1", "202403", 1)
        .Add("LIVE_BIRTHS", "C2", "202403", 800).Add("DEATHS_U1", "C2", "202403", 4)
        .Add("LIVE_BIRTHS", "C3", "202403", 500).Add("DEATHS_U1", "C3", "202403", 6);

    [Theory]
    [InlineData("C1", 2, 200, 10.0)]
    [InlineData("D1", 6, 1000, 6.0)]
    [InlineData("D2", 6, 500, 12.0)]
    [InlineData("P", 12, 1500, 8.0)]
    [InlineData("VN", 12, 1500, 8.0)]
    public void RatioSumsNumeratorsAndDenominatorsBeforeDividing(string unit, double numerator, double denominator, double expected)
    {
        var result = Mortality().Value("IMR", unit, "202403");

        Assert.Equal(numerator, result.Numerator);
        Assert.Equal(denominator, result.Denominator);
        Assert.Equal(expected, result.Value!.Value, 9);
    }

    [Fact]
    public void RatioOfTheQuarterAndYearSumsTheirMonths()
    {
        // February adds 1 death in 100 births at C2: the district's quarter is 7 / 1100 = 6.3636… ‰.
        var snapshot = Mortality().Add("LIVE_BIRTHS", "C2", "202402", 100).Add("DEATHS_U1", "C2", "202402", 1);

        Assert.Equal(7000.0 / 1100, snapshot.Value("IMR", "D1", "2024Q1").Value!.Value, 9);
        Assert.Equal(7000.0 / 1100, snapshot.Value("IMR", "D1", "2024").Value!.Value, 9);
        Assert.False(snapshot.Value("IMR", "D1", "2024Q2").HasValue);
    }

    [Fact]
    public void UnstableValueIsFlaggedWithA95PercentInterval()
    {
        // S1 alone: 1 death in 30 births = 33.3 ‰, below IMR's minimum of 100 births. Wilson's interval for 1/30:
        // p = 0.0333, z² = 3.8415, centre = (p + z²/60) / (1 + z²/30) = 0.08631, half = 0.08040 → 5.9 ‰ to 166.7 ‰.
        var result = Mortality().Value("IMR", "S1", "202403");

        Assert.Equal(1000.0 / 30, result.Value!.Value, 9);
        Assert.True(result.Unstable);
        Assert.Equal(5.91, result.Interval95!.Low, 2);
        Assert.Equal(166.70, result.Interval95.High, 2);
    }

    [Theory]
    [InlineData("C1")] // 2 deaths in 200 births
    [InlineData("D1")] // 6 deaths in 1000 births
    public void FewerThanTwentyDeathsAreUnstableEvenWithEnoughBirths(string unit)
    {
        var result = Mortality().Value("IMR", unit, "202403");

        Assert.True(result.Unstable);
        Assert.NotNull(result.Interval95);
    }

    [Fact]
    public void TwentyDeathsInEnoughBirthsAreNotFlagged()
    {
        var result = new FixtureSnapshot().Add("LIVE_BIRTHS", "S1", "202403", 2000).Add("DEATHS_U1", "S1", "202403", 20).Value("IMR", "S1", "202403");

        Assert.Equal(10.0, result.Value!.Value, 9);
        Assert.False(result.Unstable);
        Assert.Null(result.Interval95);
    }

    [Fact]
    public void RatioWithoutDenominatorKeepsItsNumeratorButHasNoValue()
    {
        var result = new FixtureSnapshot().Add("DEATHS_U1", "C3", "202403", 2).Value("IMR", "D2", "202403");

        Assert.Null(result.Value);
        Assert.Equal(2, result.Numerator);
        Assert.Null(result.Denominator);
    }

    [Fact]
    public void CountSumsUnitsAndRatioOfTheSameElementDividesByTheirNumber()
    {
        // Communes meeting the national criteria in 2024: C1 yes, C2 no, C3 yes → D1 1, D2 1, P 2 of 3 communes (66.7 %).
        var snapshot = new FixtureSnapshot()
            .Add("COMMUNE_CRIT_MET", "C1", "2024", 1).Add("COMMUNES", "C1", "2024", 1)
            .Add("COMMUNE_CRIT_MET", "C2", "2024", 0).Add("COMMUNES", "C2", "2024", 1)
            .Add("COMMUNE_CRIT_MET", "C3", "2024", 1).Add("COMMUNES", "C3", "2024", 1);

        var province = snapshot.Value("COMMUNE_NATL_CRIT_N", "P", "2024");
        Assert.Equal(2, province.Value);
        Assert.Equal(2, province.Numerator);
        Assert.Null(province.Denominator);
        Assert.Equal(1, snapshot.Value("COMMUNE_NATL_CRIT_N", "D1", "2024").Value);
        Assert.Equal(200.0 / 3, snapshot.Value("COMMUNE_NATL_CRIT", "P", "2024").Value!.Value, 9);
        Assert.False(snapshot.Value("COMMUNE_NATL_CRIT_N", "P", "2023").HasValue);
    }
}
