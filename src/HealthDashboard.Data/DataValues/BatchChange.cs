namespace HealthDashboard.Data.DataValues;

/// <summary>One value of a batch against what is stored under its key.</summary>
public sealed record BatchChange(BatchValue Value, StoredValue? Old)
{
    // Same value and same comment: writing it again would only add an audit row that says nothing happened. Deleting
    // what is not stored is the same: DHIS2 counts it as ignored, not as an error.
    public BatchChangeKind Kind => Value.Deleted ? (Old is null ? BatchChangeKind.Unchanged : BatchChangeKind.Deleted)
        : Old is null ? BatchChangeKind.New
        : Old.Value.Equals(Value.Value) && string.Equals(Old.Comment, Value.Comment, StringComparison.Ordinal) ? BatchChangeKind.Unchanged
        : BatchChangeKind.Updated;

    /// <summary>The audit log's action for this change.</summary>
    public string AuditAction => Kind switch
    {
        BatchChangeKind.New => "create",
        BatchChangeKind.Deleted => "delete",
        _ => "update",
    };
}
