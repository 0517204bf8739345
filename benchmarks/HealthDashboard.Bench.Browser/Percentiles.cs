namespace HealthDashboard.Bench.Browser;

internal static class Percentiles
{
    /// <summary>Nearest-rank percentile of the values (0 &lt; p ≤ 100).</summary>
    public static double Of(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
