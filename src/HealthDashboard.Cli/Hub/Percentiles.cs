namespace HealthDashboard.Cli.Hub;

/// <summary>Nearest-rank percentiles, as latency reports usually give them: p95 is a value that was actually measured.</summary>
public static class Percentiles
{
    public static double Of(IReadOnlyList<double> sorted, double percent) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
