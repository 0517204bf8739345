using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Imports;

/// <summary>The import_batch table: uploaded files, their dry runs and commits (the import history).</summary>
public sealed class ImportStore(Database database)
{
    public async Task CreateAsync(ImportBatch batch, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        context.ImportBatches.Add(new ImportBatchEntity
        {
            Id = batch.Id, FileName = batch.FileName, Format = batch.Format, SizeBytes = batch.SizeBytes, Content = batch.Content ?? [],
            UploadedBy = batch.UploadedBy, UploadedAt = batch.UploadedAt, Status = batch.Status, RowCount = batch.RowCount,
            NewCount = batch.NewCount, UpdatedCount = batch.UpdatedCount, UnchangedCount = batch.UnchangedCount,
            DeletedCount = batch.DeletedCount, RejectedCount = batch.RejectedCount, Rejections = batch.Rejections, Warnings = batch.Warnings,
        });
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The batch with its file's bytes and rejected rows, or null.</summary>
    public async Task<ImportBatch?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        return await context.ImportBatches.Where(b => b.Id == id).Select(b => new ImportBatch
        {
            Id = b.Id, FileName = b.FileName, Format = b.Format, SizeBytes = b.SizeBytes, Content = b.Content, UploadedBy = b.UploadedBy,
            UploadedAt = b.UploadedAt, Status = b.Status, RowCount = b.RowCount, NewCount = b.NewCount, UpdatedCount = b.UpdatedCount,
            UnchangedCount = b.UnchangedCount, DeletedCount = b.DeletedCount, RejectedCount = b.RejectedCount, Rejections = b.Rejections,
            Warnings = b.Warnings, CommittedBy = b.CommittedBy, CommittedAt = b.CommittedAt,
        }).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The newest batches first, without their bytes; only <paramref name="uploadedBy"/>'s when given.</summary>
    public async Task<IReadOnlyList<ImportBatch>> ListAsync(int limit, string? uploadedBy = null, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var batches = uploadedBy is null ? context.ImportBatches : context.ImportBatches.Where(b => b.UploadedBy == uploadedBy);
        // The list leaves out the file's bytes, its rejected rows and its warnings: a history page needs none of them.
        return await batches.OrderByDescending(b => b.UploadedAt).Take(limit).Select(b => new ImportBatch
        {
            Id = b.Id, FileName = b.FileName, Format = b.Format, SizeBytes = b.SizeBytes, UploadedBy = b.UploadedBy,
            UploadedAt = b.UploadedAt, Status = b.Status, RowCount = b.RowCount, NewCount = b.NewCount, UpdatedCount = b.UpdatedCount,
            UnchangedCount = b.UnchangedCount, DeletedCount = b.DeletedCount, RejectedCount = b.RejectedCount,
            CommittedBy = b.CommittedBy, CommittedAt = b.CommittedAt,
        }).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Marks a ready batch committed with what the commit did; false when it was not ready any more (committed by
    /// someone else meanwhile), so a page can say so instead of counting it twice.
    /// </summary>
    public async Task<bool> MarkCommittedAsync(string id, int created, int updated, int unchanged, int deleted, string committedBy,
        CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var at = DateTime.UtcNow;
        // One conditional UPDATE: of two commits racing, only the one that still finds the batch ready changes it.
        return await context.ImportBatches.Where(b => b.Id == id && b.Status == ImportStatus.Ready).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.Status, ImportStatus.Committed)
            .SetProperty(b => b.NewCount, created)
            .SetProperty(b => b.UpdatedCount, updated)
            .SetProperty(b => b.UnchangedCount, unchanged)
            .SetProperty(b => b.DeletedCount, deleted)
            .SetProperty(b => b.CommittedBy, committedBy)
            .SetProperty(b => b.CommittedAt, at), cancellationToken) > 0;
    }
}
