using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Engine;

/// <summary>The key of a raw value that was written or deleted: what an incremental recompute starts from.</summary>
public readonly record struct RawKey(long ElementId, long OrgUnitId, Period Period);
