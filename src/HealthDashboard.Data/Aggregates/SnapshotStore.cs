using HealthDashboard.Data.Db;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.OrgUnits;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Aggregates;

/// <summary>
/// Persists the snapshot in the database (not a local file) so that every node of a cluster, and a restarted one,
/// starts from the last full recompute. Written whole in one transaction: a crash mid-write keeps the previous one.
/// </summary>
public sealed class SnapshotStore(Database database)
{
    private const int ChunkBytes = 8 << 20;

    public async Task<long> SaveAsync(AggregateSnapshot snapshot, long watermark, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        SnapshotSerializer.Write(snapshot, watermark, buffer);
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        await using var context = database.Context();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await context.AggregateSnapshotChunks.ExecuteDeleteAsync(cancellationToken);
        // One INSERT per chunk as it is cut, rather than entities saved together: only one 8 MB copy is alive at a time
        // (not the whole snapshot twice), and a failure is the provider's own DbException, as callers expect, where
        // SaveChanges would wrap it in a DbUpdateException.
        for (var (offset, seq) = (0, 0); offset < bytes.Length; offset += ChunkBytes, seq++)
        {
            var chunk = bytes.Slice(offset, Math.Min(ChunkBytes, bytes.Length - offset)).ToArray();
            await context.Database.ExecuteSqlAsync($"INSERT INTO aggregate_snapshot_chunk (seq, data) VALUES ({seq}, {chunk})", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return bytes.Length;
    }

    /// <summary>The persisted snapshot, or null when there is none or it no longer fits the units and catalog.</summary>
    public async Task<(AggregateSnapshot Snapshot, long Watermark)?> LoadAsync(IndicatorCatalog catalog, IReadOnlyList<OrgUnit> units,
        CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var chunks = await context.AggregateSnapshotChunks.OrderBy(c => c.Seq).Select(c => c.Data).ToListAsync(cancellationToken);
        if (chunks.Count == 0)
        {
            return null;
        }

        using var stream = new MemoryStream(chunks.Count == 1 ? chunks[0] : chunks.SelectMany(c => c).ToArray(), writable: false);
        try
        {
            return SnapshotSerializer.Read(stream, catalog, units);
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }

    /// <summary>The persisted snapshot's version, 0 when there is none: the next full recompute numbers itself after it.</summary>
    public async Task<long> LoadVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var first = await context.AggregateSnapshotChunks.Where(c => c.Seq == 0).Select(c => c.Data).SingleOrDefaultAsync(cancellationToken);
        return first is null ? 0 : SnapshotSerializer.ReadVersion(new MemoryStream(first, writable: false));
    }

    /// <summary>Forgets the persisted snapshot: bulk loads that bypass the audit log call this so nobody starts from stale totals.</summary>
    public async Task ClearAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        await context.AggregateSnapshotChunks.ExecuteDeleteAsync(cancellationToken);
    }
}
