using HealthDashboard.Domain.Aggregation;

namespace HealthDashboard.Web.Api;

/// <summary>
/// An indicator's value for one unit and period from the live snapshot, with the numerator and denominator it came
/// from, the 95 % interval when the denominator is small, and for a year its status against its target with what the
/// status rests on (<c>statusBasis</c>); a month or a quarter is <c>not_judged</c>, a period without a value <c>no_data</c>.
/// </summary>
public sealed record AggregateDto(
    string Indicator,
    string OrgUnit,
    string Period,
    double? Value,
    double? Numerator,
    double? Denominator,
    bool Unstable,
    Interval? Interval95,
    AggregateTargetDto? Target,
    double? Expected,
    string Status,
    string? StatusBasis,
    DateTimeOffset ComputedAt,
    long Version);
