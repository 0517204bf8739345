using System.Security.Claims;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Realtime;

namespace HealthDashboard.Web.Features.ViewQueries;

/// <summary>
/// Checks a link's query against the shared catalog, tree and live snapshot (which years have data). A link without
/// a unit means the reader's own default (<see cref="HomeUnit.DefaultUnitFor"/>).
/// </summary>
public sealed class ViewQueryService(CatalogCache catalog, OrgUnitCache units, SnapshotHolder snapshots)
{
    public async Task<(ViewQuery? Query, IReadOnlyList<QueryProblem> Problems)> ReadAsync(
        string? indicator, string? unit, string? periodType, string? year, ClaimsPrincipal? user, CancellationToken cancellationToken = default)
    {
        var tree = await units.TreeAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(unit))
        {
            unit = tree.DefaultUnitFor(user)?.Code;
        }

        var indicators = await catalog.CatalogAsync(cancellationToken);
        var snapshot = await snapshots.GetAsync(cancellationToken);
        // Rankings compare whole years by default: the current one is still year to date.
        var lastYear = snapshot.AsOf.Year;
        return ViewQueryReader.Read(indicators, tree, indicator, unit, periodType, year, OverviewService.FirstYear, lastYear, Math.Max(OverviewService.FirstYear, lastYear - 1));
    }
}
