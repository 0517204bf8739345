using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Aggregation;

/// <summary>A raw value by ids, the compact shape the aggregation works on (no names, no audit fields).</summary>
public readonly record struct RawValue(long ElementId, long OrgUnitId, Period Period, double Value);
