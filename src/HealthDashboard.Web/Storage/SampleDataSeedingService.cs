using HealthDashboard.Data.Db;
using HealthDashboard.Data.Seeding;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Storage;

/// <summary>
/// Migrates the database and, when it is empty, seeds the sample data, in the background so that the site answers
/// at once and shows a "preparing" state until <see cref="DataReadiness"/> says ready.
/// </summary>
public sealed partial class SampleDataSeedingService(
    DataStores stores,
    IOptions<DatabaseOptions> options,
    DataReadiness readiness,
    Features.Security.InitialAdmin initialAdmin,
    Features.Security.DatabaseKeyRepository keyRing,
    Jobs.ReportingClock reporting,
    ILogger<SampleDataSeedingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Task.Run: SQLite does part of its work synchronously, which must not hold up the host's start.
            var report = await Task.Run(async () =>
            {
                // Resolved here rather than injected: a bad connection string must end in the "failed" state, not a crash.
                var database = stores.Database;
                LogPreparing(database.Describe());
                // The province's day, as the pages count months and deadlines: the sample ends with the last month over there.
                var today = reporting.Today;
                // The schema first, then the first admin, then the sample: someone can sign in while the sample is seeded.
                await new Data.Schema.SchemaMigrator(database).MigrateAsync(stoppingToken);
                keyRing.StorePending();
                await initialAdmin.EnsureAsync(stoppingToken);
                return await new DatabaseSeeder(database, LogWaitingForAnotherSeeder).EnsureReadyAsync(options.Value.SeedSampleData, today, stoppingToken);
            }, stoppingToken);

            if (report is not null)
            {
                LogSeeded(report.OrgUnits, report.Values, report.Elapsed.TotalSeconds);
            }

            readiness.MarkReady(report?.Elapsed);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down while seeding: nothing to report.
        }
        catch (Exception error)
        {
            LogFailed(error);
            readiness.MarkFailed(error);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Preparing {Database}")]
    private partial void LogPreparing(string database);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Another process (the CLI's seed, another node) is seeding this database: waiting for it to finish")]
    private partial void LogWaitingForAnotherSeeder();

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the sample data: {OrgUnits} org units, {Values} values in {Seconds:F1} s")]
    private partial void LogSeeded(int orgUnits, long values, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "The database could not be prepared")]
    private partial void LogFailed(Exception error);
}
