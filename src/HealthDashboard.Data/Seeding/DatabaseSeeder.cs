using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.OrgUnits;
using HealthDashboard.Data.Sample;
using HealthDashboard.Data.Schema;
using HealthDashboard.Data.Wall;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Seeding;

/// <summary>
/// Brings a database to a usable state: schema migrated, catalog loaded, and, when it has no org units yet,
/// the sample provinces with their monthly reports from 2016-01 to the current month.
/// </summary>
/// <param name="waitingForAnotherSeeder">Called once when another process holds the <see cref="SeedClaim"/> and this one
/// waits for it: a command line should say why it is not going on.</param>
public sealed class DatabaseSeeder(Database database, Action? waitingForAnotherSeeder = null)
{
    public const int SampleSeed = 2016;
    public static readonly Period FirstSampleMonth = Period.Month(2016, 1);

    /// <summary>The app_state key that says whether the sample seed finished ("done") or was interrupted ("started").</summary>
    public const string SeedStateKey = "sample_seed";
    public const string SeedStarted = "started";
    private const string SeedDone = "done";

    /// <summary>Migrates, then seeds the catalog and the sample if the database is empty. Returns null when nothing was seeded.</summary>
    public async Task<SeedReport?> EnsureReadyAsync(bool seedSample, DateOnly today, CancellationToken cancellationToken = default)
    {
        await new SchemaMigrator(database).MigrateAsync(cancellationToken);
        // Held from the first look at the marker to the last value: only the holder may find a seed "interrupted".
        await using (await SeedClaim.TakeAsync(database, waitingForAnotherSeeder, cancellationToken))
        {
            var state = new AppStateStore(database);
            if (await new OrgUnitStore(database).CountAsync(cancellationToken) > 0)
            {
                if (await state.GetAsync(SeedStateKey, cancellationToken) != SeedStarted)
                {
                    // Elements and indicators added to the catalog since this database was seeded (the reporting ones).
                    await new CatalogStore(database).SaveAsync(CatalogLoader.LoadEmbedded() with { Plans = [], Targets = [] }, cancellationToken);
                    return null;
                }

                // A seed that was interrupted (process killed, disk full) left part of the sample: start it again
                // from nothing rather than serve a province with half its months.
                await WipeAsync(cancellationToken);
            }

            if (!seedSample)
            {
                return await SeedCatalogOnlyAsync(cancellationToken);
            }

            await state.SetAsync(SeedStateKey, SeedStarted, cancellationToken);
            var report = await SeedSampleAsync(today, cancellationToken);
            await state.SetAsync(SeedStateKey, SeedDone, cancellationToken);
            return report;
        }
    }

    private async Task<SeedReport> SeedSampleAsync(DateOnly today, CancellationToken cancellationToken)
    {
        // The catalog's elements must exist before values; its plans and targets attach to the units afterwards.
        var catalog = CatalogLoader.LoadEmbedded();
        var store = new CatalogStore(database);
        await store.SaveAsync(catalog with { Plans = [], Targets = [] }, cancellationToken);
        var report = await new AreaSeeder(database).SeedAsync(SampleUnitsFile.Load(), FirstSampleMonth, Period.MonthOf(today), SampleSeed, today, cancellationToken);
        await store.SaveAsync(catalog, cancellationToken);
        if (await new PlaylistStore(database).CountAsync(cancellationToken) == 0)
        {
            await new PlaylistStore(database).SaveAsync(SamplePlaylist.Create(), cancellationToken);
        }

        return report;
    }

    private async Task WipeAsync(CancellationToken cancellationToken)
    {
        await using var context = database.Context();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        // What refers to the units goes first.
        await context.DataValues.ExecuteDeleteAsync(cancellationToken);
        await context.OrgUnitBoundaries.ExecuteDeleteAsync(cancellationToken);
        await context.Targets.ExecuteDeleteAsync(cancellationToken);
        await context.Plans.ExecuteDeleteAsync(cancellationToken);
        await context.AuditLog.ExecuteDeleteAsync(cancellationToken);
        // One statement for the whole tree: both engines check its parent keys at the end of the statement.
        await context.OrgUnits.ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<SeedReport?> SeedCatalogOnlyAsync(CancellationToken cancellationToken)
    {
        await new CatalogStore(database).SaveAsync(CatalogLoader.LoadEmbedded(), cancellationToken);
        return null;
    }
}
