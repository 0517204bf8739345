using HealthDashboard.Domain.Catalog;

namespace HealthDashboard.Domain.Status;

/// <summary>A status with what it was judged against: the target, and for a year before it the point on the path.</summary>
public sealed record StatusAssessment(TargetStatus Status, Target? Target, double? Expected)
{
    public static readonly StatusAssessment NoData = new(TargetStatus.NoData, null, null);
}
