namespace HealthDashboard.Data.DataValues;

/// <summary>
/// What a batch write did: values new to the database and values that replaced an earlier one; or, for a write with
/// expectations, the keys that had changed, in which case nothing was written.
/// </summary>
public sealed record DataValueBatchResult(int Created, int Updated)
{
    public IReadOnlyList<ValueConflict> Conflicts { get; init; } = [];
}
