namespace HealthDashboard.Domain.Aggregation;

/// <summary>
/// An indicator's value for one unit and period, with the numerator and denominator it came from, so a rate
/// resting on few events or a small denominator can be shown as such (<see cref="Unstable"/>, <see cref="Stability"/>).
/// </summary>
public sealed record IndicatorResult(double? Value, double? Numerator, double? Denominator, bool Unstable)
{
    public static readonly IndicatorResult NoData = new(null, null, null, false);

    public bool HasValue => Value is not null;

    /// <summary>The 95 % interval, given when the value is unstable so the rate can be read with its uncertainty.</summary>
    public Interval? Interval95 { get; init; }
}
