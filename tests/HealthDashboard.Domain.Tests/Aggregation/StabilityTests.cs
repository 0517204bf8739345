using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Tests.Aggregation;

/// <summary>
/// The unstable rule: a rate of chance events (one the catalog gives a minimum denominator) on fewer than 20 events or
/// below that minimum. 20 because a Poisson count n has a relative standard error of 1/√n, and 1/√20 ≈ 22 %: the
/// threshold NCHS uses for rates on deaths. The interval is Wilson's score interval for a proportion (deaths among
/// births, stunted among measured are proportions): unlike the plain normal interval it stays within 0…1000 ‰ and gives
/// zero events an upper bound, which is when it is needed (Brown, Cai and DasGupta 2001).
/// </summary>
public class StabilityTests
{
    private static readonly Indicator Imr = new()
    {
        Code = "IMR", NameVi = "IMR", NameEn = "IMR", Kind = IndicatorKind.Ratio, Factor = 1000, MinDenominator = 100, Direction = Direction.Down,
        Numerator = [new Term("DEATHS_U1", 1)], Denominator = [new Term("LIVE_BIRTHS", 1)],
    };

    private static readonly Indicator Coverage = new()
    {
        Code = "HI_COV", NameVi = "HI", NameEn = "HI", Kind = IndicatorKind.Ratio, Factor = 100,
        Numerator = [new Term("HI_INSURED", 1)], Denominator = [new Term("POP", 1)],
    };

    [Fact]
    public void NineteenDeathsInTwoThousandBirthsAreUnstableTwentyAreNot()
    {
        var nineteen = IndicatorMath.Ratio(Imr, 19, 2000, Period.OfYear(2025), null);
        var twenty = IndicatorMath.Ratio(Imr, 20, 2000, Period.OfYear(2025), null);

        // 9.5 ‰; Wilson: p = 0.0095, n = 2000, z = 1.96 → 6.09 … 14.79 ‰.
        Assert.True(nineteen.Unstable);
        Assert.Equal(9.5, nineteen.Value!.Value, 9);
        Assert.Equal(6.09, nineteen.Interval95!.Low, 2);
        Assert.Equal(14.79, nineteen.Interval95.High, 2);
        Assert.False(twenty.Unstable);
        Assert.Null(twenty.Interval95);
    }

    [Fact]
    public void ADenominatorBelowTheCatalogsMinimumIsUnstableWhateverTheEvents()
    {
        Assert.True(Stability.SmallDenominator(Imr, 99));
        Assert.False(Stability.SmallDenominator(Imr, 100));
        // 25 deaths in 90 births: plenty of events, too few births.
        Assert.True(IndicatorMath.Ratio(Imr, 25, 90, Period.OfYear(2025), null).Unstable);
    }

    [Fact]
    public void ACoverageShareIsNotARateOfChanceEventsAndIsNeverFlagged()
    {
        // Ten insured of twelve people: few, but people counted, not events that might have happened.
        var result = IndicatorMath.Ratio(Coverage, 10, 12, Period.OfYear(2025), null);

        Assert.False(result.Unstable);
        Assert.Null(result.Interval95);
        Assert.False(Stability.AppliesTo(Coverage));
    }
}
