using System.Globalization;
using HealthDashboard.Data.Db;
using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.Periods;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HealthDashboard.Data.Aggregates;

/// <summary>Reads raw values for the engine: all of them for a full recompute, a few units' for an incremental one.</summary>
public sealed class RawValueSource(Database database)
{
    /// <summary>
    /// Hands every raw value of the given elements to <paramref name="sink"/>, one partition of elements per thread
    /// and connection, so the sink may write per element without locks; returns how many values were read.
    /// </summary>
    /// <param name="rowsRead">Told every few ten thousand rows how many more were read, for progress.</param>
    public async Task<long> ReadAllAsync(IReadOnlyList<IReadOnlyList<long>> elementPartitions, Action<long, long, Period, double> sink,
        Action<int>? rowsRead = null, CancellationToken cancellationToken = default)
    {
        var reads = elementPartitions.Where(p => p.Count > 0).Select(partition => Task.Run(async () =>
        {
            // The engine's full read goes under EF to the provider (binary COPY, SQLite's statement API) on the context's
            // own connection: it reads millions of rows, and materialising each through a query costs several times
            // the read itself (docs/BENCHMARKS.md, "Full recompute").
            await using var context = database.Context();
            await context.Database.OpenConnectionAsync(cancellationToken);
            var connection = context.Database.GetDbConnection();
            return connection is NpgsqlConnection pg
                ? PostgresRawReader.Read(pg, partition, sink, rowsRead ?? (_ => { }), cancellationToken)
                : SqliteRawReader.Read((SqliteConnection)connection, partition, sink, rowsRead ?? (_ => { }), cancellationToken);
        }, cancellationToken));
        return (await Task.WhenAll(reads)).Sum();
    }

    /// <summary>The first and last year with any raw value, or null for an empty database.</summary>
    public async Task<(int First, int Last)?> YearRangeAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        // A full scan: only run when no live snapshot knows the years, and allowed as long as it takes. One statement
        // for both ends, so the table is scanned once.
        context.Database.SetCommandTimeout(0);
        var rows = await context.Database.SqlQuery<PeriodBounds>($"SELECT MIN(period) AS min_period, MAX(period) AS max_period FROM data_value")
            .ToListAsync(cancellationToken);
        return rows is [{ MinPeriod: { } first, MaxPeriod: { } last }] ? (Year(first), Year(last)) : null;
    }

    /// <summary>A cheap estimate of the number of raw values, for progress: the planner's on PostgreSQL.</summary>
    public async Task<long> EstimateCountAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        if (!database.IsPostgres)
        {
            return await context.DataValues.LongCountAsync(cancellationToken);
        }

        var estimates = await context.Database
            .SqlQuery<long>($"SELECT GREATEST(reltuples, 0)::bigint AS \"Value\" FROM pg_class WHERE relname = 'data_value'")
            .ToListAsync(cancellationToken);
        return estimates.FirstOrDefault();
    }

    /// <summary>The raw values of the requested elements, units and years.</summary>
    public async Task<IReadOnlyList<RawValue>> OwnValuesAsync(IReadOnlyList<OwnValueRequest> requests, CancellationToken cancellationToken = default)
    {
        var values = new List<RawValue>();
        await using var context = database.Context();
        foreach (var request in requests)
        {
            // Period codes start with their year: '2024' <= period < '2025' holds its months, quarters and the year.
            var (element, units) = (request.ElementId, request.OrgUnitIds.ToArray());
            var from = request.Year.ToString("D4", CultureInfo.InvariantCulture);
            var to = (request.Year + 1).ToString("D4", CultureInfo.InvariantCulture);
            var rows = await context.DataValues
                .Where(v => v.DataElementId == element && units.Contains(v.OrgUnitId)
                    && string.Compare(v.Period, from) >= 0 && string.Compare(v.Period, to) < 0)
                .Select(v => new { v.DataElementId, v.OrgUnitId, v.Period, v.Value })
                .ToListAsync(cancellationToken);
            values.AddRange(rows.Select(r => new RawValue(r.DataElementId, r.OrgUnitId, Period.Parse(r.Period), r.Value)));
        }

        return values;
    }

    private static int Year(string period) => int.Parse(period.AsSpan(0, 4), CultureInfo.InvariantCulture);

    /// <summary>The lowest and highest period code stored; both null for an empty table.</summary>
    private sealed record PeriodBounds(string? MinPeriod, string? MaxPeriod);
}
