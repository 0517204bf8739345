using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.DataValues;

/// <summary>
/// A checked value for <see cref="DataValueBatchWriter"/>: its keys already resolved to ids by the caller's validation,
/// the codes kept because the audit log names values by code (element/unit/period).
/// </summary>
public sealed record BatchValue(long ElementId, long OrgUnitId, string ElementCode, string OrgUnitCode, Period Period, double Value, string? Comment = null);
