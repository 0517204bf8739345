using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Realtime;

namespace HealthDashboard.Web.Features.Station;

/// <summary>A station's profile from the live snapshot; null for a unit that is neither a commune nor a station.</summary>
public sealed class StationService(OrgUnitCache units, SnapshotHolder snapshots)
{
    public async Task<StationProfile?> LoadAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        var tree = await units.TreeAsync(cancellationToken);
        if (tree.Find(unitCode) is not { Kind: OrgUnitKind.Commune or OrgUnitKind.HealthStation } unit)
        {
            return null;
        }

        var snapshot = await snapshots.GetAsync(cancellationToken);
        return new StationProfileBuilder(snapshot, tree, OverviewService.FirstYear).Build(unit);
    }
}
