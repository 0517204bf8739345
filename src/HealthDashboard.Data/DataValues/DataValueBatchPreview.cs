namespace HealthDashboard.Data.DataValues;

/// <summary>What writing a batch would do, value by value, computed without writing (an import's dry run).</summary>
public sealed record DataValueBatchPreview(IReadOnlyList<BatchChange> Changes)
{
    public int New => Changes.Count(c => c.Kind == BatchChangeKind.New);
    public int Updated => Changes.Count(c => c.Kind == BatchChangeKind.Updated);
    public int Unchanged => Changes.Count(c => c.Kind == BatchChangeKind.Unchanged);
    public int Deleted => Changes.Count(c => c.Kind == BatchChangeKind.Deleted);
}
