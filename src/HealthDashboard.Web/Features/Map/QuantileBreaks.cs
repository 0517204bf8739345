namespace HealthDashboard.Web.Features.Map;

/// <summary>
/// Class breaks for indicators without a target: nearest-rank quantiles, so every break is a value some area really
/// has and a legend reading "≤ 85,2" matches what the hover shows. Class i holds values above break i−1 up to break i.
/// </summary>
public static class QuantileBreaks
{
    public const int DefaultClasses = 4;

    /// <summary>
    /// The inner breaks, ascending and distinct, at most <paramref name="classes"/> − 1 of them. A break equal to the
    /// largest value is dropped, since the class above it would be empty.
    /// </summary>
    public static IReadOnlyList<double> Compute(IEnumerable<double> values, int classes = DefaultClasses)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0 || classes < 2)
        {
            return [];
        }

        var breaks = new List<double>();
        for (var k = 1; k < classes; k++)
        {
            var rank = (int)Math.Ceiling((double)k * sorted.Length / classes);
            var value = sorted[Math.Max(rank, 1) - 1];
            if (value < sorted[^1] && (breaks.Count == 0 || value > breaks[^1]))
            {
                breaks.Add(value);
            }
        }

        return breaks;
    }

    /// <summary>The class of a value: how many breaks lie below it.</summary>
    public static int ClassOf(double value, IReadOnlyList<double> breaks) => breaks.Count(b => value > b);
}
