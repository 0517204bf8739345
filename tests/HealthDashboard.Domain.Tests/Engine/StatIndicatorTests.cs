namespace HealthDashboard.Domain.Tests.Engine;

/// <summary>A stat is the figure entered for the unit itself for a year, never a sum of its children's.</summary>
public class StatIndicatorTests
{
    // Life expectancy 2024: P 74.2, D1 73.0, C1 72.5 (their own figures); D2 and VN have none.
    private static FixtureSnapshot LifeExpectancy() => new FixtureSnapshot()
        .Add("STAT_LE", "P", "2024", 74.2).Add("STAT_LE", "D1", "2024", 73.0).Add("STAT_LE", "C1", "2024", 72.5);

    [Theory]
    [InlineData("P", 74.2)] // not 74.2 + 73.0 + 72.5 = 219.7
    [InlineData("D1", 73.0)] // not 73.0 + 72.5
    [InlineData("C1", 72.5)]
    public void StatIsTheUnitsOwnYearlyFigure(string unit, double expected)
    {
        var result = LifeExpectancy().Value("LE", unit, "2024");

        Assert.Equal(expected, result.Value);
        Assert.Equal(expected, result.Numerator);
        Assert.Null(result.Denominator);
    }

    [Theory]
    [InlineData("D2")] // its commune C3 has none either
    [InlineData("VN")] // its province has one, but a stat is not carried up
    public void AncestorWithoutItsOwnFigureHasNoData(string unit)
    {
        var snapshot = LifeExpectancy();

        Assert.False(snapshot.Value("LE", unit, "2024").HasValue);
        Assert.Null(snapshot.Element("STAT_LE", unit, "2024"));
    }

    [Fact]
    public void StatHasNoValueForAQuarterOrAnotherYear()
    {
        var snapshot = LifeExpectancy();

        Assert.False(snapshot.Value("LE", "P", "2024Q4").HasValue);
        Assert.False(snapshot.Value("LE", "P", "2023").HasValue);
    }
}
