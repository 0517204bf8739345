using HealthDashboard.Domain.Catalog;

namespace HealthDashboard.Domain.Status;

/// <summary>
/// A status with what it was judged against: the target, on what basis, and for a year before the target the
/// roadmap's value for that year; with the year and the value (as shown) that were judged.
/// </summary>
public sealed record StatusAssessment(TargetStatus Status, Target? Target, double? Expected, StatusBasis Basis = StatusBasis.None,
    int? Year = null, double? Value = null)
{
    public static readonly StatusAssessment NoData = new(TargetStatus.NoData, null, null);
}
