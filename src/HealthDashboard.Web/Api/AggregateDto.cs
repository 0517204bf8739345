using HealthDashboard.Domain.Aggregation;

namespace HealthDashboard.Web.Api;

/// <summary>
/// An indicator's value for one unit and period from the live snapshot, with the numerator and denominator it came
/// from, the 95 % interval when the denominator is small, and the status of the period's year against its target.
/// </summary>
public sealed record AggregateDto(
    string Indicator,
    string OrgUnit,
    string Period,
    double? Value,
    double? Numerator,
    double? Denominator,
    bool SmallDenominator,
    Interval? Interval95,
    AggregateTargetDto? Target,
    double? Expected,
    string Status,
    DateTimeOffset ComputedAt,
    long Version);
