using HealthDashboard.Web.Features.Map;

namespace HealthDashboard.Web.Tests.Features.Map;

public sealed class QuantileBreaksTests
{
    [Fact]
    public void EightValuesSplitIntoQuartilesAtTheNearestRank()
    {
        // n = 8, q = 4: ranks ⌈2⌉, ⌈4⌉, ⌈6⌉ → the 2nd, 4th and 6th smallest values.
        var breaks = QuantileBreaks.Compute([8, 3, 1, 7, 2, 6, 5, 4]);

        Assert.Equal([2.0, 4.0, 6.0], breaks);
    }

    [Fact]
    public void AValueOnABreakBelongsToTheClassBelowIt()
    {
        IReadOnlyList<double> breaks = [2, 4, 6];

        Assert.Equal([0, 0, 1, 1, 2, 3], new[] { 1.0, 2, 3, 4, 6, 7 }.Select(v => QuantileBreaks.ClassOf(v, breaks)));
    }

    [Fact]
    public void FiveValuesUseRanksTwoThreeAndFour()
    {
        // n = 5: ranks ⌈1.25⌉ = 2, ⌈2.5⌉ = 3, ⌈3.75⌉ = 4.
        Assert.Equal([20.0, 30.0, 40.0], QuantileBreaks.Compute([10, 20, 30, 40, 50]));
    }

    [Fact]
    public void RepeatedValuesGiveFewerDistinctBreaks()
    {
        // Ranks 2, 4, 6 of [1 1 1 1 1 1 9 9] are 1, 1, 1: one break, two classes.
        Assert.Equal([1.0], QuantileBreaks.Compute([1, 1, 1, 1, 1, 1, 9, 9]));
    }

    [Fact]
    public void ABreakAtTheLargestValueIsDropped()
    {
        // Ranks 2, 4, 6 of [1 2 5 5 5 5] are 2, 5, 5: 5 is the maximum, so nothing would lie above it.
        Assert.Equal([2.0], QuantileBreaks.Compute([1, 2, 5, 5, 5, 5]));
    }

    [Fact]
    public void NoValuesOrOneValueGiveNoBreaks()
    {
        Assert.Empty(QuantileBreaks.Compute([]));
        Assert.Empty(QuantileBreaks.Compute([42]));
    }
}
