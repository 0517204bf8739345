using Dapper;
using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Migrations;
using HealthDashboard.Data.OrgUnits;
using HealthDashboard.Data.Sample;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.Seeding;

/// <summary>
/// Brings a database to a usable state: schema migrated, catalog loaded, and, when it has no org units yet,
/// the sample provinces with their monthly reports from 2016-01 to the current month.
/// </summary>
public sealed class DatabaseSeeder(Database database)
{
    public const int SampleSeed = 2016;
    public static readonly Period FirstSampleMonth = Period.Month(2016, 1);

    // Serialises seeding between app nodes sharing one PostgreSQL, so only one of them writes the sample.
    private const long PostgresSeedLockKey = 0x48445F5345454401;

    /// <summary>Migrates, then seeds the catalog and the sample if the database is empty. Returns null when nothing was seeded.</summary>
    public async Task<SeedReport?> EnsureReadyAsync(bool seedSample, DateOnly today, CancellationToken cancellationToken = default)
    {
        await new MigrationRunner(database).MigrateAsync(cancellationToken);
        await using var lockConnection = await database.OpenAsync(cancellationToken);
        if (database.IsPostgres)
        {
            await lockConnection.ExecuteAsync("SELECT pg_advisory_lock(@key)", new { key = PostgresSeedLockKey });
        }

        try
        {
            if (await new OrgUnitStore(database).CountAsync(cancellationToken) > 0)
            {
                return null;
            }

            return seedSample ? await SeedSampleAsync(today, cancellationToken) : await SeedCatalogOnlyAsync(cancellationToken);
        }
        finally
        {
            if (database.IsPostgres)
            {
                await lockConnection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = PostgresSeedLockKey });
            }
        }
    }

    private async Task<SeedReport> SeedSampleAsync(DateOnly today, CancellationToken cancellationToken)
    {
        // The catalog's elements must exist before values; its plans and targets attach to the units afterwards.
        var catalog = CatalogLoader.LoadEmbedded();
        var store = new CatalogStore(database);
        await store.SaveAsync(catalog with { Plans = [], Targets = [] }, cancellationToken);
        var report = await new AreaSeeder(database).SeedAsync(SampleUnitsFile.Load(), FirstSampleMonth, Period.MonthOf(today), SampleSeed, cancellationToken);
        await store.SaveAsync(catalog, cancellationToken);
        return report;
    }

    private async Task<SeedReport?> SeedCatalogOnlyAsync(CancellationToken cancellationToken)
    {
        await new CatalogStore(database).SaveAsync(CatalogLoader.LoadEmbedded(), cancellationToken);
        return null;
    }
}
