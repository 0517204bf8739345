using System.Text.Json;
using HealthDashboard.Cli.Arguments;
using HealthDashboard.Data.Aggregates;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Seeding;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Cli.Commands;

/// <summary><c>recompute</c>: a full recompute of every aggregate, persisted for the web app to start from; prints a JSON summary.</summary>
public sealed class RecomputeCommand : ICliCommand
{
    public string Name => "recompute";
    public string Usage => "recompute [--provider sqlite|postgres] [--db CONNECTION]";

    public async Task RunAsync(CommandLine line, TextWriter output, CancellationToken cancellationToken)
    {
        var options = line.Database();
        line.EnsureAllOptionsUsed();
        await using var database = new Database(options);
        await CliSeeder.For(database, line).EnsureReadyAsync(seedSample: false, DateOnly.FromDateTime(DateTime.Today), cancellationToken);
        var previous = await new SnapshotStore(database).LoadVersionAsync(cancellationToken);
        var (_, summary) = await new FullRecomputer(database).RunAsync(previous + 1, Period.MonthOf(DateOnly.FromDateTime(DateTime.Today)),
            persist: true, cancellationToken: cancellationToken);
        await output.WriteLineAsync(JsonSerializer.Serialize(new
        {
            database = database.Describe(),
            version = summary.Version,
            rawValues = summary.RawValues,
            aggregates = summary.Aggregates,
            orgUnits = summary.OrgUnits,
            years = $"{summary.FirstYear}-{summary.LastYear}",
            loadMs = Math.Round(summary.LoadMs),
            computeMs = Math.Round(summary.ComputeMs),
            persistMs = Math.Round(summary.PersistMs),
            totalMs = Math.Round(summary.TotalMs),
        }));
    }
}
