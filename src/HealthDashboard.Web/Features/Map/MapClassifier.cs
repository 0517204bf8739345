using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Status;

namespace HealthDashboard.Web.Features.Map;

/// <summary>
/// Puts each area of a map in a colour class. When a plan sets a target for any of the areas, the classes are the
/// engine's statuses (an area with a value but no target of its own is "no target"); otherwise quantiles of the values
/// as shown (rounded to the indicator's decimals). "No data" is always listed, even when empty, so a reader knows
/// what it would look like.
/// </summary>
public static class MapClassifier
{
    private static readonly (TargetStatus Status, string Colour)[] StatusClasses =
    [
        (TargetStatus.Achieved, MapPalette.Achieved),
        (TargetStatus.OnTrack, MapPalette.OnTrack),
        (TargetStatus.AtRisk, MapPalette.AtRisk),
        (TargetStatus.OffTrack, MapPalette.OffTrack),
    ];

    private static readonly (string Key, string Colour)[] WhenPresent =
    [
        (KeyOf(TargetStatus.NotAchieved), MapPalette.NotAchieved),
        (KeyOf(TargetStatus.NotEnoughData), MapPalette.NotEnoughData),
        (MapLegendEntry.NoTargetKey, MapPalette.NoTarget),
    ];

    public static MapScheme Classify(IReadOnlyList<(IndicatorResult Result, TargetStatus Status)> areas, int decimals)
    {
        ArgumentNullException.ThrowIfNull(areas);
        return areas.Any(a => a.Result.HasValue && a.Status != TargetStatus.NoData) ? ByStatus(areas) : ByQuantile(areas, decimals);
    }

    /// <summary>The CSS-safe key of a status, as the API writes it.</summary>
    public static string KeyOf(TargetStatus status) => TargetStatusNames.Of(status);

    private static MapScheme ByStatus(IReadOnlyList<(IndicatorResult Result, TargetStatus Status)> areas)
    {
        string KeyOfArea((IndicatorResult Result, TargetStatus Status) area) =>
            !area.Result.HasValue ? MapLegendEntry.NoDataKey
            : area.Status == TargetStatus.NoData ? MapLegendEntry.NoTargetKey
            : KeyOf(area.Status);

        var keys = areas.Select(KeyOfArea).ToArray();
        var entries = StatusClasses.Select(c => (Key: KeyOf(c.Status), c.Colour)).ToList();
        // Listed only when an area has them: a target whose year has come (most maps judge a year still on the way),
        // unstable values whose interval holds the target (a commune's deaths, most often), areas without a target.
        entries.AddRange(WhenPresent.Where(c => keys.Contains(c.Key)));
        entries.Add((MapLegendEntry.NoDataKey, MapPalette.NoData));
        var legend = entries.Select(e => new MapLegendEntry(e.Key, e.Colour, keys.Count(k => k == e.Key))).ToList();
        return new MapScheme(MapColouring.Status, legend, keys.Select(k => legend.FindIndex(e => e.Key == k)).ToArray());
    }

    private static MapScheme ByQuantile(IReadOnlyList<(IndicatorResult Result, TargetStatus Status)> areas, int decimals)
    {
        var shown = areas.Select(a => a.Result.Value is { } v ? IndicatorMath.AsShown(v, decimals) : (double?)null).ToArray();
        return ByBreaks(shown, QuantileBreaks.Compute(shown.OfType<double>()), shown.Any(v => v is not null), MapColouring.Quantiles);
    }

    /// <summary>
    /// Fixed classes for reporting rates (≤ 80 %, up to 99,9 %, 100 %): most areas sit at 100 %, where quantiles
    /// collapse into one class and a station that sent nothing would look like all the others.
    /// </summary>
    public static MapScheme ByReportingBands(IReadOnlyList<IndicatorResult> areas, int decimals)
    {
        ArgumentNullException.ThrowIfNull(areas);
        var shown = areas.Select(a => a.Value is { } v ? IndicatorMath.AsShown(v, decimals) : (double?)null).ToArray();
        return ByBreaks(shown, [80, 99.9], true, MapColouring.Bands);
    }

    private static MapScheme ByBreaks(double?[] shown, IReadOnlyList<double> breaks, bool anyClass, MapColouring colouring)
    {
        var classes = anyClass ? breaks.Count + 1 : 0;
        var noData = classes;
        var areaClasses = shown.Select(v => v is { } value ? QuantileBreaks.ClassOf(value, breaks) : noData).ToArray();
        var legend = Enumerable.Range(0, classes)
            .Select(i => new MapLegendEntry($"q{i}", MapPalette.Quantile(i, classes), areaClasses.Count(c => c == i),
                i == 0 ? null : breaks[i - 1], i == classes - 1 ? null : breaks[i]))
            .Append(new MapLegendEntry(MapLegendEntry.NoDataKey, MapPalette.NoData, areaClasses.Count(c => c == noData)))
            .ToList();
        return new MapScheme(colouring, legend, areaClasses);
    }
}
