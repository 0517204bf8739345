using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.DataValues;

/// <summary>A key that changed since the writer read it: what they saw, what is stored now, and who stored it when.</summary>
public sealed record ValueConflict(long ElementId, long OrgUnitId, Period Period, double? Expected, double? Current, string? StoredBy, DateTime? UpdatedAt);
