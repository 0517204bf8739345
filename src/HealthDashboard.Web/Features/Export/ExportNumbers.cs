using HealthDashboard.Domain.Aggregation;

namespace HealthDashboard.Web.Features.Export;

/// <summary>An indicator result as export cells: the value rounded as the page shows it, then its counts and interval.</summary>
public static class ExportNumbers
{
    public static object?[] Cells(IndicatorResult result, int decimals) =>
    [
        result.Value is { } v ? IndicatorMath.AsShown(v, decimals) : null,
        result.Numerator,
        result.Denominator,
        result.HasValue ? ExportText.YesNo(result.Unstable) : null,
        result.Interval95?.Low is { } low ? IndicatorMath.AsShown(low, decimals) : null,
        result.Interval95?.High is { } high ? IndicatorMath.AsShown(high, decimals) : null,
    ];

    public static string[] Headers =>
        [ExportText.Value, ExportText.Numerator, ExportText.Denominator, ExportText.Unstable, ExportText.IntervalLow, ExportText.IntervalHigh];
}
