using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.DataValues;

/// <summary>
/// A checked value for <see cref="DataValueBatchWriter"/>: its keys already resolved to ids by the caller's validation,
/// the codes kept because the audit log names values by code (element/unit/period). With <see cref="Deleted"/> it asks
/// for the stored value under its key to be removed, and <see cref="Value"/> means nothing (DHIS2 sends the old value
/// or none with a deletion, and neither is checked).
/// </summary>
public sealed record BatchValue(long ElementId, long OrgUnitId, string ElementCode, string OrgUnitCode, Period Period, double Value, string? Comment = null)
{
    public bool Deleted { get; init; }
}
