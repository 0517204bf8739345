using System.Text.Json;
using HealthDashboard.Cli.Arguments;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.OrgUnits;
using HealthDashboard.Data.Seeding;
using HealthDashboard.Domain.Periods;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Cli.Commands;

/// <summary><c>generate --communes N --years Y</c>: synthetic data at any scale, for benchmarks.</summary>
public sealed class GenerateCommand : ICliCommand
{
    public string Name => "generate";
    public string Usage => "generate --communes N [--years Y] [--seed S] [--provider sqlite|postgres] [--db CONNECTION]";

    public async Task RunAsync(CommandLine line, TextWriter output, CancellationToken cancellationToken)
    {
        var communes = line.IntOption("communes", -1, 1, 100_000);
        if (communes < 0)
        {
            throw new UsageException("generate needs --communes N (1 to 100000)");
        }

        var years = line.IntOption("years", 10, 1, 50);
        var seed = line.IntOption("seed", 42, 0, int.MaxValue);
        var options = line.Database();
        line.EnsureAllOptionsUsed();

        var database = new Database(options);
        await CliSeeder.For(database, line).EnsureReadyAsync(seedSample: false, DateOnly.FromDateTime(DateTime.Today), cancellationToken);
        if ((await new OrgUnitStore(database).TreeAsync(cancellationToken)).Find(SyntheticAreas.RootCode) is not null)
        {
            throw new UsageException($"this database already holds synthetic data ({SyntheticAreas.RootCode}); generate into a new --db");
        }

        // Whole calendar years ending with the last complete one, so the same arguments give the same data any month.
        var lastYear = DateTime.Today.Year - 1;
        var report = await new AreaSeeder(database).SeedAsync(SyntheticAreas.Build(communes),
            Period.Month(lastYear - years + 1, 1), Period.Month(lastYear, 12), seed, DateOnly.FromDateTime(DateTime.Today), cancellationToken);
        await output.WriteLineAsync(JsonSerializer.Serialize(new
        {
            database = database.Describe(),
            communes = report.Communes,
            orgUnits = report.OrgUnits,
            values = report.Values,
            seconds = Math.Round(report.Elapsed.TotalSeconds, 1),
            valuesPerSecond = Math.Round(report.Values / report.Elapsed.TotalSeconds),
            databaseBytes = await SizeAsync(database, cancellationToken),
        }));
    }

    private static async Task<long> SizeAsync(Database database, CancellationToken cancellationToken)
    {
        if (database.IsPostgres)
        {
            await using var context = database.Context();
            return (await context.Database.SqlQuery<long>($"SELECT pg_database_size(current_database()) AS \"Value\"")
                .ToListAsync(cancellationToken)).Single();
        }

        var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        return new[] { file, file + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
    }
}
