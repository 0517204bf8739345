namespace HealthDashboard.Data.Imports;

/// <summary>
/// One uploaded file and what became of it (<see cref="ImportStatus"/>): the counts of its dry run, or of its commit
/// once committed, and its rejected rows as JSON. <see cref="Content"/> is null in lists, which leave the bytes out.
/// </summary>
public sealed record ImportBatch
{
    public required string Id { get; init; }
    public required string FileName { get; init; }
    public required string Format { get; init; }
    public long SizeBytes { get; init; }
    public byte[]? Content { get; init; }
    public required string UploadedBy { get; init; }
    public DateTime UploadedAt { get; init; }
    public required string Status { get; init; }
    public int RowCount { get; init; }
    public int NewCount { get; init; }
    public int UpdatedCount { get; init; }
    public int UnchangedCount { get; init; }
    public int DeletedCount { get; init; }
    public int RejectedCount { get; init; }
    public string Rejections { get; init; } = "[]";

    /// <summary>Values saved all the same but far from the unit's own history (outliers), as JSON like the rejections.</summary>
    public string Warnings { get; init; } = "[]";
    public string? CommittedBy { get; init; }
    public DateTime? CommittedAt { get; init; }
}
