using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Features.ViewQueries;
using HealthDashboard.Web.Realtime;

namespace HealthDashboard.Web.Features.Trends;

/// <summary>A trend from the live snapshot that every page shares (a few thousand lookups, milliseconds).</summary>
public sealed class TrendService(OrgUnitCache units, CatalogCache catalog, SnapshotHolder snapshots)
{
    public async Task<TrendView> LoadAsync(ViewQuery query, CancellationToken cancellationToken = default)
    {
        var tree = await units.TreeAsync(cancellationToken);
        var indicators = await catalog.CatalogAsync(cancellationToken);
        var snapshot = await snapshots.GetAsync(cancellationToken);
        return new TrendBuilder(snapshot, tree, indicators.Targets, OverviewService.FirstYear).Build(query.Indicator, query.Unit, query.PeriodType);
    }
}
