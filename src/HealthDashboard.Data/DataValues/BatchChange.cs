namespace HealthDashboard.Data.DataValues;

/// <summary>One value of a batch against what is stored under its key.</summary>
public sealed record BatchChange(BatchValue Value, StoredValue? Old)
{
    // Same value and same comment: writing it again would only add an audit row that says nothing happened.
    public BatchChangeKind Kind => Old is null ? BatchChangeKind.New
        : Old.Value.Equals(Value.Value) && string.Equals(Old.Comment, Value.Comment, StringComparison.Ordinal) ? BatchChangeKind.Unchanged
        : BatchChangeKind.Updated;
}
