namespace HealthDashboard.Domain.Aggregation;

/// <summary>
/// The Wilson score interval of a proportion numerator/denominator, scaled by the indicator's factor. Chosen over
/// the plain normal interval because it stays inside [0, factor] and is honest for 0 or 1 events in 30 births,
/// which is exactly when a wall screen needs it.
/// </summary>
public static class RateInterval
{
    private const double Z = 1.959963984540054;

    public static Interval? Wilson(double numerator, double denominator, double factor)
    {
        if (denominator <= 0 || numerator < 0 || numerator > denominator)
        {
            return null;
        }

        var p = numerator / denominator;
        var z2 = Z * Z;
        var centre = (p + z2 / (2 * denominator)) / (1 + z2 / denominator);
        var half = Z * Math.Sqrt(p * (1 - p) / denominator + z2 / (4 * denominator * denominator)) / (1 + z2 / denominator);
        var (low, high) = (Math.Max(0, centre - half) * factor, Math.Min(1, centre + half) * factor);
        // A denominator too close to zero (only stored by hand) leaves no interval to give.
        return double.IsFinite(low) && double.IsFinite(high) ? new Interval(low, high) : null;
    }
}
