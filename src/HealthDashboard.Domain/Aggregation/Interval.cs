namespace HealthDashboard.Domain.Aggregation;

/// <summary>A 95 % confidence interval for a rate, in the indicator's own unit (‰, %, per 10,000).</summary>
public sealed record Interval(double Low, double High);
