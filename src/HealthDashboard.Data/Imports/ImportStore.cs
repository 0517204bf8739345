using Dapper;
using HealthDashboard.Data.Db;

namespace HealthDashboard.Data.Imports;

/// <summary>The import_batch table: uploaded files, their dry runs and commits (the import history).</summary>
public sealed class ImportStore(Database database)
{
    private const string Columns =
        "id, file_name AS FileName, format, size_bytes AS SizeBytes, uploaded_by AS UploadedBy, uploaded_at AS UploadedAt, status, " +
        "row_count AS RowCount, new_count AS NewCount, updated_count AS UpdatedCount, unchanged_count AS UnchangedCount, " +
        "deleted_count AS DeletedCount, rejected_count AS RejectedCount, committed_by AS CommittedBy, committed_at AS CommittedAt";

    public async Task CreateAsync(ImportBatch batch, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO import_batch (id, file_name, format, size_bytes, content, uploaded_by, uploaded_at, status, row_count, new_count, " +
            "updated_count, unchanged_count, deleted_count, rejected_count, rejections, warnings) VALUES (@Id, @FileName, @Format, @SizeBytes, @Content, " +
            "@UploadedBy, @UploadedAt, @Status, @RowCount, @NewCount, @UpdatedCount, @UnchangedCount, @DeletedCount, @RejectedCount, @Rejections, @Warnings)",
            batch with { Content = batch.Content ?? [] });
    }

    /// <summary>The batch with its file's bytes and rejected rows, or null.</summary>
    public async Task<ImportBatch?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ImportBatch>(
            $"SELECT {Columns}, content, rejections, warnings FROM import_batch WHERE id = @id", new { id });
        return row is null ? null : Utc(row);
    }

    /// <summary>The newest batches first, without their bytes; only <paramref name="uploadedBy"/>'s when given.</summary>
    public async Task<IReadOnlyList<ImportBatch>> ListAsync(int limit, string? uploadedBy = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ImportBatch>(
            $"SELECT {Columns} FROM import_batch {(uploadedBy is null ? "" : "WHERE uploaded_by = @uploadedBy ")}ORDER BY uploaded_at DESC LIMIT @limit",
            new { uploadedBy, limit });
        return rows.Select(Utc).ToList();
    }

    /// <summary>
    /// Marks a ready batch committed with what the commit did; false when it was not ready any more (committed by
    /// someone else meanwhile), so a page can say so instead of counting it twice.
    /// </summary>
    public async Task<bool> MarkCommittedAsync(string id, int created, int updated, int unchanged, int deleted, string committedBy,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE import_batch SET status = @committed, new_count = @created, updated_count = @updated, unchanged_count = @unchanged, " +
            "deleted_count = @deleted, committed_by = @committedBy, committed_at = @at WHERE id = @id AND status = @ready",
            new { id, created, updated, unchanged, deleted, committedBy, at = DateTime.UtcNow, committed = ImportStatus.Committed, ready = ImportStatus.Ready }) > 0;
    }

    private static ImportBatch Utc(ImportBatch b) => b with
    {
        UploadedAt = DateTime.SpecifyKind(b.UploadedAt, DateTimeKind.Utc),
        CommittedAt = b.CommittedAt is { } c ? DateTime.SpecifyKind(c, DateTimeKind.Utc) : null,
    };
}
