using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.OrgUnits;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.Aggregates;

/// <summary>
/// The snapshot as of now for a process that does not keep one live (the CLI): the persisted one with the writes
/// logged since replayed onto it, or, when there is none or it no longer fits, a fresh full recompute (not persisted).
/// </summary>
public static class CurrentSnapshot
{
    public static async Task<AggregateSnapshot> LoadAsync(Database database, Period asOf, CancellationToken cancellationToken = default)
    {
        var units = await new OrgUnitStore(database).AllAsync(cancellationToken);
        var catalog = await new CatalogStore(database).LoadAsync(cancellationToken);
        if (await new SnapshotStore(database).LoadAsync(catalog, units, cancellationToken) is { } persisted)
        {
            var keys = await new ChangeLog(database).KeysAfterAsync(persisted.Watermark, persisted.Snapshot, cancellationToken);
            if (keys.Count == 0)
            {
                return persisted.Snapshot;
            }

            if (await new IncrementalRecomputer(database).ApplyAsync(persisted.Snapshot, keys, cancellationToken) is { } caughtUp)
            {
                return caughtUp.Snapshot;
            }
        }

        var (snapshot, _) = await new FullRecomputer(database).RunAsync(1, asOf, persist: false, cancellationToken: cancellationToken);
        return snapshot;
    }
}
