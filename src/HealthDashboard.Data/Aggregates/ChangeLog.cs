using HealthDashboard.Data.Db;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.Periods;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Aggregates;

/// <summary>
/// The audit log read as a change feed: a snapshot remembers the last audit row it had seen (its watermark), and
/// on load the raw writes after it are replayed as an incremental recompute, so a persisted snapshot is never stale.
/// </summary>
public sealed class ChangeLog(Database database)
{
    /// <summary>How many audit ids below the watermark are replayed on PostgreSQL; see <see cref="KeysAfterAsync"/>.</summary>
    public const long InFlightMargin = 10_000;

    public async Task<long> WatermarkAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        return await context.AuditLog.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0;
    }

    /// <summary>The keys of raw values written after the watermark (entity keys read "ELEMENT/UNIT/period").</summary>
    public async Task<IReadOnlyList<RawKey>> KeysAfterAsync(long watermark, AggregateSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        // On PostgreSQL a save still in flight when the watermark was read can hold a lower id than it and commit after:
        // replaying a margin below the watermark catches it. Replaying a key twice is harmless (it recomputes from the
        // current raw values). SQLite has one writer at a time and gives a later commit a higher id, so needs no margin.
        var from = database.IsPostgres ? Math.Max(0, watermark - InFlightMargin) : watermark;
        var entityKeys = await context.AuditLog.Where(a => a.Id > from && a.Entity == "data_value").Select(a => a.EntityKey)
            .ToListAsync(cancellationToken);
        var elements = snapshot.Catalog.Elements.ToDictionary(e => e.Code, e => e.Id, StringComparer.OrdinalIgnoreCase);
        var keys = new List<RawKey>();
        foreach (var parts in entityKeys.Select(k => k.Split('/')))
        {
            if (parts.Length == 3 && elements.TryGetValue(parts[0], out var element) && snapshot.Units.IndexOf(parts[1]) is var unit and >= 0
                && Period.TryParse(parts[2], out var period))
            {
                keys.Add(new RawKey(element, snapshot.Units.Units[unit].Id, period));
            }
        }

        return keys;
    }
}
