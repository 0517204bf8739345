using System.Text.Json;
using HealthDashboard.Cli.Arguments;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Seeding;

namespace HealthDashboard.Cli.Commands;

/// <summary><c>seed</c>: schema, catalog and sample data, as the web app does on its first start.</summary>
public sealed class SeedCommand : ICliCommand
{
    public string Name => "seed";
    public string Usage => "seed [--provider sqlite|postgres] [--db CONNECTION]";

    public async Task RunAsync(CommandLine line, TextWriter output, CancellationToken cancellationToken)
    {
        var options = line.Database();
        line.EnsureAllOptionsUsed();
        var database = new Database(options);
        var report = await CliSeeder.For(database, line).EnsureReadyAsync(seedSample: true, DateOnly.FromDateTime(DateTime.Today), cancellationToken);
        await output.WriteLineAsync(JsonSerializer.Serialize(new
        {
            database = database.Describe(),
            seeded = report is not null,
            note = report is null ? "the database already has org units: schema checked, nothing else written" : null,
            orgUnits = report?.OrgUnits,
            communes = report?.Communes,
            values = report?.Values,
            boundaries = report?.Boundaries,
            seconds = report is null ? (double?)null : Math.Round(report.Elapsed.TotalSeconds, 2),
        }));
    }
}
