namespace HealthDashboard.Domain.Tests.Engine;

/// <summary>
/// Natural growth = (live births − deaths) / population × 1000, annualised. C1 has 1,000 people; January has 3 births
/// and no death recorded, February 2 births and 1 death, March nothing. A missing term counts as none of its events
/// while another term has one, in a month exactly as in the quarter that sums the months.
/// </summary>
public class MissingTermTests
{
    private static readonly FixtureSnapshot Growth = new FixtureSnapshot()
        .Add("POP", "C1", "202401", 1000).Add("POP", "C1", "202402", 1000).Add("POP", "C1", "202403", 1000)
        .Add("LIVE_BIRTHS", "C1", "202401", 3)
        .Add("LIVE_BIRTHS", "C1", "202402", 2).Add("DEATHS", "C1", "202402", 1);

    [Theory]
    [InlineData("202401", 3.0, 36.0)] // (3 − none) / 1,000 × 1,000 × 12 months
    [InlineData("202402", 1.0, 12.0)] // (2 − 1) / 1,000 × 1,000 × 12
    [InlineData("2024Q1", 4.0, 16.0)] // (5 − 1) / 1,000 × 1,000 × 4 quarters: January's births counted against no death, as above
    public void AMonthWithBirthsButNoDeathsCountsAsItsQuarterCountsIt(string period, double numerator, double value)
    {
        var result = Growth.Value("NAT_GROWTH", "C1", period);

        Assert.Equal(numerator, result.Numerator!.Value, 9);
        Assert.Equal(value, result.Value!.Value, 9);
    }

    [Fact]
    public void AMonthWithNeitherBirthsNorDeathsHasNoValue()
    {
        Assert.False(Growth.Value("NAT_GROWTH", "C1", "202403").HasValue);
    }
}
