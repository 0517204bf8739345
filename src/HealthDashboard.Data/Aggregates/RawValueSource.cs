using System.Globalization;
using Dapper;
using HealthDashboard.Data.Db;
using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.Periods;
using Microsoft.Data.Sqlite;
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
            await using var connection = await database.OpenAsync(cancellationToken);
            return connection is NpgsqlConnection pg
                ? PostgresRawReader.Read(pg, partition, sink, rowsRead ?? (_ => { }), cancellationToken)
                : SqliteRawReader.Read((SqliteConnection)connection, partition, sink, rowsRead ?? (_ => { }), cancellationToken);
        }, cancellationToken));
        return (await Task.WhenAll(reads)).Sum();
    }

    /// <summary>The first and last year with any raw value, or null for an empty database.</summary>
    public async Task<(int First, int Last)?> YearRangeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // A full scan: only run when no live snapshot knows the years, and allowed as long as it takes.
        var row = await connection.QuerySingleAsync<(string? Min, string? Max)>("SELECT MIN(period), MAX(period) FROM data_value", commandTimeout: 0);
        return row.Min is null || row.Max is null ? null : (Year(row.Min), Year(row.Max));
    }

    /// <summary>A cheap estimate of the number of raw values, for progress: the planner's on PostgreSQL.</summary>
    public async Task<long> EstimateCountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var sql = database.IsPostgres
            ? "SELECT GREATEST(reltuples, 0)::bigint FROM pg_class WHERE relname = 'data_value'"
            : "SELECT COUNT(*) FROM data_value";
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    /// <summary>The raw values of the requested elements, units and years.</summary>
    public async Task<IReadOnlyList<RawValue>> OwnValuesAsync(IReadOnlyList<OwnValueRequest> requests, CancellationToken cancellationToken = default)
    {
        var values = new List<RawValue>();
        // Dapper expands "IN @units" into one parameter per id, except on Npgsql, which takes the list as one array.
        var inUnits = database.IsPostgres ? "org_unit_id = ANY(@units)" : "org_unit_id IN @units";
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var request in requests)
        {
            // Period codes start with their year: '2024' <= period < '2025' holds its months, quarters and the year.
            var rows = await connection.QueryAsync<(long Element, long Unit, string Period, double Value)>(
                "SELECT data_element_id, org_unit_id, period, value FROM data_value " +
                $"WHERE data_element_id = @element AND {inUnits} AND period >= @from AND period < @to",
                new
                {
                    element = request.ElementId, units = request.OrgUnitIds.ToArray(),
                    from = request.Year.ToString("D4", CultureInfo.InvariantCulture), to = (request.Year + 1).ToString("D4", CultureInfo.InvariantCulture),
                });
            values.AddRange(rows.Select(r => new RawValue(r.Element, r.Unit, Period.Parse(r.Period), r.Value)));
        }

        return values;
    }

    private static int Year(string period) => int.Parse(period.AsSpan(0, 4), CultureInfo.InvariantCulture);
}
