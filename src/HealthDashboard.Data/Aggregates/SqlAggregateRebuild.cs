using System.Diagnostics;
using System.Globalization;
using HealthDashboard.Data.Db;
using HealthDashboard.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Aggregates;

/// <summary>
/// The baseline the engine is measured against: the same element aggregates rebuilt in plain SQL, with
/// <c>INSERT … SELECT … GROUP BY</c> per level and period type through an ancestor closure table, stocks taking each
/// unit's last value per period first. Its row count is checked against the engine's, so both compute the same thing.
/// </summary>
public sealed class SqlAggregateRebuild(Database database)
{
    private const string MonthOnly = "length(v.period) = 6 AND substr(v.period, 5, 1) <> 'Q'";

    public async Task<(long Rows, double Milliseconds)> RunAsync(IndicatorCatalog catalog, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        await using var context = database.Context();
        // The baseline is SQL by nature: its statements run as written, in one transaction on the context's connection
        // (the temporary tables live on it), each allowed as long as it takes.
        context.Database.SetCommandTimeout(0);
        var sql = context.Database;
        await using var transaction = await sql.BeginTransactionAsync(cancellationToken);
        var stats = catalog.Indicators.Where(i => i.Kind == IndicatorKind.Stat).SelectMany(i => i.ElementCodes).ToHashSet();
        // Every statement is made of this class's own SQL and integers, nothing from outside, so it runs as raw SQL.
        Task Run(string statement) => sql.ExecuteSqlRawAsync(statement, cancellationToken);
        foreach (var statement in Setup())
        {
            await Run(statement);
        }

        foreach (var e in catalog.Elements)
        {
            var (stock, rolls) = (e.Aggregation == AggregationType.LastValue ? 1 : 0, stats.Contains(e.Code) ? 0 : 1);
            await sql.ExecuteSqlAsync($"INSERT INTO bench_element (id, is_stock, rolls_up) VALUES ({e.Id}, {stock}, {rolls})", cancellationToken);
        }

        var levels = await context.OrgUnits.Select(o => o.Level).Distinct().ToListAsync(cancellationToken);
        foreach (var (period, filter) in PeriodTypes())
        {
            await Run(
                $"INSERT INTO bench_last (data_element_id, org_unit_id, p, value) SELECT data_element_id, org_unit_id, p, value FROM (" +
                $"SELECT v.data_element_id, v.org_unit_id, {period} AS p, v.value, ROW_NUMBER() OVER (PARTITION BY v.data_element_id, v.org_unit_id, {period} " +
                $"ORDER BY v.period DESC) AS rn FROM data_value v JOIN bench_element e ON e.id = v.data_element_id AND e.is_stock = 1 WHERE {filter}) l WHERE rn = 1");
            foreach (var level in levels)
            {
                var closure = $"JOIN bench_closure c ON c.unit_id = {{0}}.org_unit_id AND c.ancestor_level = {level.ToString(CultureInfo.InvariantCulture)} " +
                    "AND (e.rolls_up = 1 OR c.ancestor_id = c.unit_id)";
                await Run(
                    "INSERT INTO bench_aggregate (data_element_id, org_unit_id, period, value) " +
                    $"SELECT v.data_element_id, c.ancestor_id, {period}, SUM(v.value) FROM data_value v " +
                    $"JOIN bench_element e ON e.id = v.data_element_id AND e.is_stock = 0 {string.Format(CultureInfo.InvariantCulture, closure, "v")} " +
                    $"WHERE {filter} GROUP BY v.data_element_id, c.ancestor_id, {period}");
                await Run(
                    "INSERT INTO bench_aggregate (data_element_id, org_unit_id, period, value) " +
                    "SELECT l.data_element_id, c.ancestor_id, l.p, SUM(l.value) FROM bench_last l " +
                    $"JOIN bench_element e ON e.id = l.data_element_id {string.Format(CultureInfo.InvariantCulture, closure, "l")} " +
                    "GROUP BY l.data_element_id, c.ancestor_id, l.p");
            }

            await Run("DELETE FROM bench_last");
        }

        var rows = (await sql.SqlQuery<long>($"SELECT COUNT(*) AS \"Value\" FROM bench_aggregate").ToListAsync(cancellationToken)).Single();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        await transaction.RollbackAsync(cancellationToken);
        return (rows, elapsed);
    }

    private static IEnumerable<string> Setup() =>
    [
        "CREATE TEMP TABLE bench_element (id bigint PRIMARY KEY, is_stock integer NOT NULL, rolls_up integer NOT NULL)",
        "CREATE TEMP TABLE bench_closure AS WITH RECURSIVE c(unit_id, ancestor_id) AS (SELECT id, id FROM org_unit UNION ALL " +
        "SELECT c.unit_id, o.parent_id FROM c JOIN org_unit o ON o.id = c.ancestor_id WHERE o.parent_id IS NOT NULL) " +
        "SELECT c.unit_id, c.ancestor_id, a.level AS ancestor_level FROM c JOIN org_unit a ON a.id = c.ancestor_id",
        "CREATE INDEX bench_closure_unit ON bench_closure (unit_id, ancestor_level)",
        "CREATE TEMP TABLE bench_last (data_element_id bigint, org_unit_id bigint, p text, value double precision)",
        "CREATE TEMP TABLE bench_aggregate (data_element_id bigint, org_unit_id bigint, period text, value double precision)",
    ];

    /// <summary>Each period type: how a raw period maps to it, and which raw periods count.</summary>
    private static IEnumerable<(string Period, string Filter)> PeriodTypes() =>
    [
        ("v.period", MonthOnly),
        ("CASE WHEN substr(v.period, 5, 1) = 'Q' THEN v.period ELSE substr(v.period, 1, 4) || 'Q' || " +
         "CAST((CAST(substr(v.period, 5, 2) AS integer) + 2) / 3 AS text) END", "length(v.period) = 6"),
        ("substr(v.period, 1, 4)", "1 = 1"),
    ];
}
