using System.Globalization;

namespace HealthDashboard.Web.Features.Overview;

/// <summary>
/// Where a tile's yearly values and its target fall in the sparkline's box (<see cref="Width"/> × <see cref="Height"/>
/// user units, stretched to the tile by CSS): years evenly across, values between the lowest and highest of values
/// and target, with a margin so the dots are never clipped.
/// </summary>
public sealed record SparklineGeometry(IReadOnlyList<(double X, double Y)> Points, double? TargetY)
{
    public const double Width = 240;
    public const double Height = 56;
    private const double Margin = 6;

    public static SparklineGeometry Of(IReadOnlyList<YearValue> series, double? target)
    {
        var values = series.Select(p => p.Value).Concat(target is { } t ? [t] : []).ToList();
        var (low, high) = (values.Min(), values.Max());
        // A flat series sits in the middle instead of dividing by zero.
        var span = high - low is > 0 and var s ? s : 1;
        var mid = high - low > 0 ? (double?)null : Height / 2;
        double Y(double value) => mid ?? Margin + ((high - value) / span * (Height - 2 * Margin));
        var step = series.Count > 1 ? (Width - 2 * Margin) / (series.Count - 1) : 0;
        return new SparklineGeometry(
            series.Select((p, i) => (Margin + (i * step), Y(p.Value))).ToList(),
            target is { } goal ? Y(goal) : null);
    }

    /// <summary>The line through every point, as an SVG path.</summary>
    public string LinePath => "M" + string.Join(" L", Points.Select(p => Format(p.X) + " " + Format(p.Y)));

    public static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
