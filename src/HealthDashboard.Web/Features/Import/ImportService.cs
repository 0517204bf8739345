using System.Data.Common;
using System.Security.Claims;
using HealthDashboard.Data.Imports;
using HealthDashboard.Data.Security;
using HealthDashboard.Web.Features.DataValues;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Storage;

namespace HealthDashboard.Web.Features.Import;

/// <summary>
/// The /import page's work: an uploaded file is read, checked and dry-run, then kept with its outcome (so the preview
/// survives a restart and the commit reads the very same bytes); committing checks it again and writes it whole
/// through <see cref="DataValueWriter"/>, or not at all.
/// </summary>
public sealed class ImportService(ImportChecker checker, DataValueWriter writer, DataStores stores, TimeProvider clock)
{
    /// <summary>The audit log's channel for values imported on the page.</summary>
    public const string Via = "import";

    private const int HistoryLength = 50;

    private ImportStore Store => new(stores.Database);

    public async Task<ImportBatch> UploadAsync(ClaimsPrincipal user, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var file = ImportFileReader.Read(content);
        var check = await checker.CheckAsync(file, user, preview: true, cancellationToken);
        var batch = new ImportBatch
        {
            Id = Guid.NewGuid().ToString("N"), FileName = CleanName(fileName), Format = ImportFileReader.Name(check.Format),
            SizeBytes = content.Length, Content = content, UploadedBy = user.AuditName(), UploadedAt = clock.GetUtcNow().UtcDateTime,
            Status = check.CanCommit ? ImportStatus.Ready : ImportStatus.Rejected, RowCount = check.RowCount,
            NewCount = check.Preview?.New ?? 0, UpdatedCount = check.Preview?.Updated ?? 0, UnchangedCount = check.Preview?.Unchanged ?? 0,
            DeletedCount = check.Preview?.Deleted ?? 0,
            RejectedCount = check.RejectedRows, Rejections = ImportRejections.ToJson(check.Rejections), Warnings = ImportRejections.ToJson(check.Warnings),
        };
        await Store.CreateAsync(batch, cancellationToken);
        return batch with { Content = null };
    }

    /// <summary>The batch if this user may see it (its uploader, or an admin).</summary>
    public async Task<ImportBatch?> FindAsync(ClaimsPrincipal user, string id, CancellationToken cancellationToken = default)
    {
        var batch = id.Length is > 0 and <= 64 ? await Store.GetAsync(id, cancellationToken) : null;
        return batch is not null && MaySee(user, batch) ? batch : null;
    }

    public Task<IReadOnlyList<ImportBatch>> HistoryAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        Store.ListAsync(HistoryLength, user.IsInRole(AppRoles.Admin) ? null : user.AuditName(), cancellationToken);

    public async Task<(ImportCommitOutcome Outcome, IReadOnlyList<ImportRejection> Problems)> CommitAsync(ClaimsPrincipal user, string id,
        CancellationToken cancellationToken = default)
    {
        var batch = await FindAsync(user, id, cancellationToken);
        if (batch is null)
        {
            return (ImportCommitOutcome.NotFound, []);
        }

        if (batch.Status != ImportStatus.Ready)
        {
            return (batch.Status == ImportStatus.Committed ? ImportCommitOutcome.AlreadyCommitted : ImportCommitOutcome.Rejected, []);
        }

        // Checked again: units, catalog and the importer's scope may have changed since the dry run.
        var check = await checker.CheckAsync(ImportFileReader.Read(batch.Content ?? []), user, preview: false, cancellationToken);
        if (!check.CanCommit)
        {
            return (ImportCommitOutcome.ChangedSinceDryRun, check.Rejections);
        }

        DataValueWriteResult result;
        try
        {
            result = await writer.WriteAsync(check.Inputs, user.AuditName(), Via, cancellationToken);
        }
        catch (DbException)
        {
            return (ImportCommitOutcome.DatabaseBusy, []);
        }

        if (!result.Saved)
        {
            return (ImportCommitOutcome.ChangedSinceDryRun, result.Problems.Select(p => ImportRejection.File(p.Field, p.Message, p.MessageEn)).ToList());
        }

        return await Store.MarkCommittedAsync(batch.Id, result.Created, result.Updated, result.Unchanged, result.Deleted, user.AuditName(),
                CancellationToken.None)
            ? (ImportCommitOutcome.Committed, [])
            : (ImportCommitOutcome.AlreadyCommitted, []);
    }

    private static bool MaySee(ClaimsPrincipal user, ImportBatch batch) =>
        user.IsInRole(AppRoles.Admin) || string.Equals(batch.UploadedBy, user.AuditName(), StringComparison.Ordinal);

    // Only the name: a browser may send a path, and the history shows it as text.
    private static string CleanName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        name = new string(name.Where(c => !char.IsControl(c)).ToArray());
        return name.Length == 0 ? "?" : name.Length > 200 ? name[..200] : name;
    }
}
