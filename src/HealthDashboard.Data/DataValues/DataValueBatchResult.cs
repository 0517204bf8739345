using HealthDashboard.Domain.Engine;

namespace HealthDashboard.Data.DataValues;

/// <summary>
/// What a batch write did: values new to the database, values that replaced an earlier one, values equal to the
/// stored one (same value, same comment) or deletions of values not stored, which were neither written nor audited,
/// and stored values deleted; or, for a write with expectations that no longer held, the keys that had changed, in
/// which case nothing was written.
/// </summary>
public sealed record DataValueBatchResult(int Created, int Updated, int Unchanged = 0, int Deleted = 0)
{
    /// <summary>The keys actually written or deleted, for the aggregation queue: an unchanged value changes no aggregate.</summary>
    public IReadOnlyList<RawKey> Changed { get; init; } = [];

    public IReadOnlyList<ValueConflict> Conflicts { get; init; } = [];
}
