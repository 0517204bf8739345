using HealthDashboard.Domain.Catalog;

namespace HealthDashboard.Domain.Status;

/// <summary>
/// A status with what it was judged against: the target, on what basis, and for a year before the target the
/// roadmap's value for that year; with the year and the value (as shown) that were judged, and for a value not judged
/// for want of events the 95 % interval that held what it was judged against.
/// </summary>
public sealed record StatusAssessment(TargetStatus Status, Target? Target, double? Expected, StatusBasis Basis = StatusBasis.None,
    int? Year = null, double? Value = null, Aggregation.Interval? Interval = null)
{
    public static readonly StatusAssessment NoData = new(TargetStatus.NoData, null, null);
}
