namespace HealthDashboard.Domain.Aggregation;

/// <summary>A 95 % confidence interval for a rate, in the indicator's own unit (‰, %, per 10,000).</summary>
public sealed record Interval(double Low, double High)
{
    /// <summary>Whether <paramref name="value"/> lies inside, ends included.</summary>
    public bool Holds(double value) => value >= Low && value <= High;
}
