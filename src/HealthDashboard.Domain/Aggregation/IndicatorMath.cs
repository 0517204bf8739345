using System.Globalization;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Aggregation;

/// <summary>The arithmetic shared by the reference calculator and the engine, so that both divide the same way.</summary>
public static class IndicatorMath
{
    /// <summary>
    /// numerator ÷ denominator × factor, scaled up to a year for an annualised rate over a shorter period, flagged
    /// unstable with a 95 % interval when it rests on few events or a small denominator (<see cref="Stability"/>).
    /// </summary>
    public static IndicatorResult Ratio(Indicator indicator, double numerator, double? denominator, Period period, int? monthsCovered)
    {
        if (!double.IsFinite(numerator) || denominator is { } nonFinite && !double.IsFinite(nonFinite))
        {
            return IndicatorResult.NoData;
        }

        if (denominator is not { } d || d <= 0)
        {
            return new IndicatorResult(null, numerator, denominator, false);
        }

        // A per-year rate over a shorter period is scaled up: visits in one month × 12.
        var annualise = indicator.Annualised ? 12.0 / Math.Clamp(monthsCovered ?? period.MonthCount, 1, period.MonthCount) : 1.0;
        var value = numerator / d * indicator.Factor * annualise;
        if (!double.IsFinite(value))
        {
            // A huge numerator over a tiny denominator (stored by hand, beyond every range): no number to show.
            return new IndicatorResult(null, numerator, d, false);
        }

        var unstable = Stability.IsUnstable(indicator, numerator, d);
        return new IndicatorResult(value, numerator, d, unstable)
        {
            Interval95 = unstable ? RateInterval.Wilson(numerator, d, indicator.Factor * annualise) : null,
        };
    }

    /// <summary>The value rounded the way it is shown: "95,0 %" against "≥ 95 %" is met even when it is 94.96.</summary>
    public static double AsShown(double value, int decimals)
    {
        var format = "F" + Math.Clamp(decimals, 0, 10).ToString(CultureInfo.InvariantCulture);
        return double.Parse(value.ToString(format, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
