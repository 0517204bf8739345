using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Web.Caching;
using HealthDashboard.Web.Storage;

namespace HealthDashboard.Web.Features.Units;

/// <summary>The org-unit tree, read once the database is ready and shared: every page and API call needs it.</summary>
public sealed class OrgUnitCache
{
    private readonly SharedLoad<OrgUnitTree> _tree;

    public OrgUnitCache(DataStores stores, DataReadiness readiness) =>
        // Waits for readiness: while seeding, the table holds only part of the tree.
        _tree = new SharedLoad<OrgUnitTree>(async cancellationToken =>
        {
            await readiness.WhenReady;
            return await stores.OrgUnits.TreeAsync(cancellationToken);
        });

    public Task<OrgUnitTree> TreeAsync(CancellationToken cancellationToken = default) => _tree.GetAsync(cancellationToken);

    public void Invalidate() => _tree.Invalidate();
}
