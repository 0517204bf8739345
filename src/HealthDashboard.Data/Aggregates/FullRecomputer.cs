using System.Diagnostics;
using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.OrgUnits;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.Aggregates;

/// <summary>
/// A full recompute: reads the units, the catalog and every raw value, builds a new snapshot and persists it. The
/// caller swaps it in only when this returns, so an exception at any point leaves the previous snapshot serving.
/// </summary>
public sealed class FullRecomputer(Database database)
{
    private const double LoadShare = 0.8;
    private const double ComputeShare = 0.1;

    /// <param name="version">The new snapshot's version: one more than the live one.</param>
    /// <param name="asOf">The current month; its year is in the snapshot even before any value of it arrives.</param>
    /// <param name="yearsHint">The live snapshot's years, which saves scanning for them; a value outside widens them.</param>
    /// <param name="progress">0…1: reading is most of the work, then rolling up, then persisting.</param>
    public async Task<(AggregateSnapshot Snapshot, RecomputeSummary Summary)> RunAsync(long version, Period asOf, bool persist,
        (int First, int Last)? yearsHint = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var units = await new OrgUnitStore(database).AllAsync(cancellationToken);
        var catalog = await new CatalogStore(database).LoadAsync(cancellationToken);
        var source = new RawValueSource(database);
        // Taken before reading: a write that lands during the read is replayed from the log later, at worst twice.
        var watermark = await new ChangeLog(database).WatermarkAsync(cancellationToken);
        var estimate = Math.Max(1, await source.EstimateCountAsync(cancellationToken));
        var years = yearsHint ?? await source.YearRangeAsync(cancellationToken) ?? (asOf.Year, asOf.Year);
        var index = new UnitIndex(units);
        while (true)
        {
            var builder = new SnapshotBuilder(catalog, index, Math.Min(years.First, asOf.Year), Math.Max(years.Last, asOf.Year));
            var read = await ReadAsync(source, builder, estimate, progress, cancellationToken);
            if (builder.OutOfRange is { } outside)
            {
                // A value older or newer than the hint: rare (a first historical import), so simply read again, wider.
                years = (Math.Min(builder.FirstYear, outside.Min), Math.Max(builder.LastYear, outside.Max));
                continue;
            }

            var loadMs = clock.Elapsed.TotalMilliseconds;
            var snapshot = builder.Build(version, DateTimeOffset.UtcNow, asOf, cancellationToken);
            progress?.Report(LoadShare + ComputeShare);
            var computeMs = clock.Elapsed.TotalMilliseconds - loadMs;
            if (persist)
            {
                await new SnapshotStore(database).SaveAsync(snapshot, watermark, cancellationToken);
            }

            progress?.Report(1.0);
            var persistMs = clock.Elapsed.TotalMilliseconds - loadMs - computeMs;
            return (snapshot, new RecomputeSummary(version, read, SnapshotStatistics.CountValues(snapshot), index.Count,
                builder.FirstYear, builder.LastYear, loadMs, computeMs, persistMs, snapshot.ComputedAt));
        }
    }

    private static async Task<long> ReadAsync(RawValueSource source, SnapshotBuilder builder, long estimate, IProgress<double>? progress,
        CancellationToken cancellationToken)
    {
        long read = 0;
        var partitions = builder.ElementPartitions(Math.Clamp(Environment.ProcessorCount, 1, 4));
        return await source.ReadAllAsync(partitions, (e, u, p, v) => builder.Add(e, u, p, v), rows =>
        {
            var total = Interlocked.Add(ref read, rows);
            progress?.Report(LoadShare * Math.Min(1.0, (double)total / estimate));
        }, cancellationToken);
    }
}
