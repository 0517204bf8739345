using HealthDashboard.Data.Aggregates;
using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Data.OrgUnits;
using HealthDashboard.Domain.Engine;

namespace HealthDashboard.Data.Tests.Aggregates;

/// <summary>
/// Deleted raw values leave the aggregates as if they had never been stored: through the incremental recompute the
/// write path queues them for, and through the change feed a restart replays. A cell must never keep a deleted value.
/// </summary>
public class DeletionRecomputeTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task DeletedValuesLeaveTheIncrementalAndTheWarmStartSnapshotsExactlyAsAFullRecomputeWithoutThem(string provider)
    {
        await using var db = await AggregateDatabase.CreateAsync(provider, seed: 35);
        await db.WriteAsync();
        var recomputer = new FullRecomputer(db.Database);
        var (persisted, _) = await recomputer.RunAsync(1, AggregateDatabase.AsOf, persist: true);
        // One value of each kind of aggregation (a flow summed, a stock taken last, a stat) and a yearly one.
        var victims = new[] { "LIVE_BIRTHS", "POP", "STAT_LE", "U5_MEASURED" }
            .Select(code => db.Values.First(v => v.ElementId == db.Element(code).Id))
            .Select(v => new BatchValue(v.ElementId, v.OrgUnitId, db.Catalog.Elements.Single(e => e.Id == v.ElementId).Code,
                db.Units.Single(u => u.Id == v.OrgUnitId).Code, v.Period, v.Value) { Deleted = true })
            .ToList();

        var written = await new DataValueBatchWriter(db.Database).WriteAsync(victims, "officer", "form", "node-a");
        var incremental = await new IncrementalRecomputer(db.Database).ApplyAsync(persisted, written.Changed);
        var (fresh, _) = await recomputer.RunAsync(2, AggregateDatabase.AsOf, persist: false);

        Assert.Equal(victims.Count, written.Deleted);
        Assert.NotNull(incremental);
        Assert.NotEmpty(SnapshotCells.Differences(persisted, fresh));
        Assert.Empty(SnapshotCells.Differences(fresh, incremental.Snapshot).Take(20).Select(c => SnapshotCells.Describe(fresh, c)));

        // A restart: the persisted snapshot predates the deletions, which the audit log replays.
        var loaded = await new SnapshotStore(db.Database).LoadAsync(await new CatalogStore(db.Database).LoadAsync(), await new OrgUnitStore(db.Database).AllAsync());
        var (snapshot, watermark) = loaded!.Value;
        var keys = await new ChangeLog(db.Database).KeysAfterAsync(watermark, snapshot);
        Assert.Superset(victims.Select(v => new RawKey(v.ElementId, v.OrgUnitId, v.Period)).ToHashSet(), keys.ToHashSet());
        var caughtUp = await new IncrementalRecomputer(db.Database).ApplyAsync(snapshot, keys);
        Assert.Empty(SnapshotCells.Differences(fresh, caughtUp!.Snapshot).Take(20).Select(c => SnapshotCells.Describe(fresh, c)));
    }
}
