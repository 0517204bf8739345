using System.Data.Common;
using HealthDashboard.Data.Aggregates;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Tests.Aggregates;

/// <summary>A full recompute that dies halfway leaves the last good snapshot in place and every raw value as it was.</summary>
public class RecomputeFailureTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task FullRecomputeFailingMidReadKeepsThePersistedSnapshotAndLosesNothing(string provider)
    {
        // One element with about 140,000 values: its reader reports progress every 65,536 rows, so the first report,
        // where the failure is injected, comes when about half of them have been read.
        await using var db = await AggregateDatabase.CreateAsync(provider, seed: 35, provinces: 2, minCommunes: 80, maxCommunes: 90);
        await db.WriteAsync(Visits(db));
        var recomputer = new FullRecomputer(db.Database);
        var (v1, _) = await recomputer.RunAsync(1, AggregateDatabase.AsOf, persist: true);
        var exportBefore = await ExportAsync(db);
        var failing = new ThrowingProgress(below: 0.85);

        await Assert.ThrowsAsync<InjectedFailureException>(() => recomputer.RunAsync(2, AggregateDatabase.AsOf, persist: true, progress: failing));

        Assert.Single(failing.Reports);
        var store = new SnapshotStore(db.Database);
        Assert.Equal(1, await store.LoadVersionAsync());
        var persisted = await store.LoadAsync(db.Catalog, db.Units);
        Assert.NotNull(persisted);
        Assert.Empty(SnapshotCells.Differences(v1, persisted.Value.Snapshot));
        Assert.Equal(db.Values.Count, await new DataValueStore(db.Database).CountAsync());
        Assert.Equal(exportBefore, await ExportAsync(db));
        // The next run finds everything still there: the same aggregates, now as version 2.
        var (v2, summary) = await recomputer.RunAsync(2, AggregateDatabase.AsOf, persist: true);
        Assert.Equal(db.Values.Count, summary.RawValues);
        Assert.Empty(SnapshotCells.Differences(v1, v2));
        Assert.Equal(2, await store.LoadVersionAsync());
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task PersistFailingMidTransactionKeepsThePreviousSnapshot(string provider)
    {
        await using var db = await AggregateDatabase.CreateAsync(provider, seed: 36);
        await db.WriteAsync();
        var recomputer = new FullRecomputer(db.Database);
        var (v1, _) = await recomputer.RunAsync(1, AggregateDatabase.AsOf, persist: true);
        // The save deletes the old chunks, then inserts the new ones: the first insert fails, after the delete.
        await FailChunkInsertsAsync(db);

        var failure = await Assert.ThrowsAnyAsync<DbException>(() => recomputer.RunAsync(2, AggregateDatabase.AsOf, persist: true));

        Assert.Contains("injected failure", failure.Message, StringComparison.Ordinal);
        var store = new SnapshotStore(db.Database);
        Assert.Equal(1, await store.LoadVersionAsync());
        var persisted = await store.LoadAsync(db.Catalog, db.Units);
        Assert.NotNull(persisted);
        Assert.Equal(1, persisted.Value.Snapshot.Version);
        Assert.Empty(SnapshotCells.Differences(v1, persisted.Value.Snapshot));
        Assert.True(SnapshotCells.ValueCount(persisted.Value.Snapshot) > 10_000);
    }

    /// <summary>OP_VISITS every month from 2014 to September 2024 at every commune and station.</summary>
    private static List<RawValue> Visits(AggregateDatabase db)
    {
        var visits = db.Element("OP_VISITS").Id;
        var months = RandomValues.Periods(PeriodType.Month, 2014, AggregateDatabase.AsOf);
        var values = db.Units.Where(u => u.Kind is OrgUnitKind.Commune or OrgUnitKind.HealthStation)
            .SelectMany(u => months.Select(m => new RawValue(visits, u.Id, m, (u.Id * 7 + m.Index) % 50)))
            .ToList();
        Assert.InRange(values.Count, 2 * 65_536 + 1, 4 * 65_536);
        return values;
    }

    private static async Task<string> ExportAsync(AggregateDatabase db)
    {
        var export = new StringWriter();
        await new DataValueStore(db.Database).ExportCsvAsync(export);
        return export.ToString();
    }

    private static async Task FailChunkInsertsAsync(AggregateDatabase db)
    {
        await using var context = db.Database.Context();
        var sql = db.Database.IsPostgres
            ? "CREATE FUNCTION hd_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$; " +
              "CREATE TRIGGER hd_test_fail BEFORE INSERT ON aggregate_snapshot_chunk FOR EACH ROW EXECUTE FUNCTION hd_test_fail();"
            : "CREATE TRIGGER hd_test_fail BEFORE INSERT ON aggregate_snapshot_chunk BEGIN SELECT RAISE(ABORT, 'injected failure'); END;";
        await context.Database.ExecuteSqlRawAsync(sql);
    }
}
