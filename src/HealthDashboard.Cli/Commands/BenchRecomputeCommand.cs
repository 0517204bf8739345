using System.Globalization;
using System.Text.Json;
using HealthDashboard.Cli.Arguments;
using HealthDashboard.Data.Aggregates;
using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.OrgUnits;
using HealthDashboard.Data.Seeding;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Cli.Commands;

/// <summary>
/// <c>bench recompute</c>: times the engine's full recompute (the median of several runs, after one warm-up) and, in
/// the same run, the plain SQL rebuild of the same aggregates. With <c>--communes N</c> it first generates that much
/// synthetic data into the database (which must not hold synthetic data yet); otherwise it uses the sample data.
/// </summary>
public sealed class BenchRecomputeCommand : ICliCommand
{
    public string Name => "bench recompute";
    public string Usage => "bench recompute [--communes N --years Y] [--runs R] [--sql yes|no] [--provider sqlite|postgres] [--db CONNECTION]";

    public async Task RunAsync(CommandLine line, TextWriter output, CancellationToken cancellationToken)
    {
        var communes = line.IntOption("communes", 0, 0, 100_000);
        var years = line.IntOption("years", 10, 1, 50);
        var runs = line.IntOption("runs", communes > 0 ? 1 : 5, 1, 100);
        var skipSql = line.Choice("sql", "yes", "yes", "no") == "no";
        var options = line.Database();
        line.EnsureAllOptionsUsed();
        await using var database = new Database(options);
        var today = DateOnly.FromDateTime(DateTime.Today);
        if (communes > 0)
        {
            await new GenerateCommand().RunAsync(CommandLine.Parse(
                ["generate", "--communes", Text(communes), "--years", Text(years), "--provider", options.Provider.ToString().ToLowerInvariant(),
                 "--db", database.ConnectionString]), output, cancellationToken);
        }
        else
        {
            await CliSeeder.For(database, line).EnsureReadyAsync(seedSample: true, today, cancellationToken);
        }

        var asOf = Period.MonthOf(today);
        var recomputer = new FullRecomputer(database);
        var timings = new List<double>();
        RecomputeSummary? summary = null;
        // One warm-up run first when there are several: the figure wanted is the engine's, not the JIT's.
        for (var run = runs > 1 ? 0 : 1; run <= runs; run++)
        {
            (_, summary) = await recomputer.RunAsync(run, asOf, persist: false, cancellationToken: cancellationToken);
            await output.WriteLineAsync($"engine run {run}{(run == 0 ? " (warm-up)" : "")}: {summary.RawValues:N0} raw values → {summary.Aggregates:N0} aggregates " +
                $"in {summary.LoadMs + summary.ComputeMs:F0} ms (read {summary.LoadMs:F0} ms, roll-up {summary.ComputeMs:F0} ms)");
            if (run > 0)
            {
                timings.Add(summary.LoadMs + summary.ComputeMs);
            }
        }

        var engineMs = Median(timings);
        (long Rows, double Milliseconds)? sql = null;
        if (!skipSql)
        {
            var catalog = await new CatalogStore(database).LoadAsync(cancellationToken);
            sql = await new SqlAggregateRebuild(database).RunAsync(catalog, cancellationToken);
            await output.WriteLineAsync($"SQL rebuild: {sql.Value.Rows:N0} aggregates in {sql.Value.Milliseconds:F0} ms" +
                (sql.Value.Rows == summary!.Aggregates ? " (same count as the engine)" : $" (engine: {summary.Aggregates:N0} — counts differ)"));
        }

        await output.WriteLineAsync(JsonSerializer.Serialize(new
        {
            values = summary!.RawValues,
            aggregates = summary.Aggregates,
            org_units = await new OrgUnitStore(database).CountAsync(cancellationToken),
            engine_ms = Math.Round(engineMs),
            sql_ms = sql is { } s ? Math.Round(s.Milliseconds) : (double?)null,
            ratio = sql is { } r ? Math.Round(r.Milliseconds / engineMs, 1) : (double?)null,
            sql_rows = sql?.Rows,
        }));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
