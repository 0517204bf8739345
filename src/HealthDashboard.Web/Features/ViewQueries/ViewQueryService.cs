using System.Security.Claims;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Features.Units;

namespace HealthDashboard.Web.Features.ViewQueries;

/// <summary>
/// Checks a link's query against the shared catalog, tree and live snapshot (which years have data). A link without
/// a unit means the reader's own default (<see cref="HomeUnit.DefaultUnitFor"/>).
/// </summary>
public sealed class ViewQueryService(CatalogCache catalog, OrgUnitCache units, Jobs.ReportingClock reporting)
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
        // Up to the year of the last month whose reports are all due; rankings compare whole years by default, as the
        // last one is still year to date.
        var lastYear = reporting.Calendar.LastDueMonth.Year;
        return ViewQueryReader.Read(indicators, tree, indicator, unit, periodType, year, OverviewService.FirstYear, lastYear, Math.Max(OverviewService.FirstYear, lastYear - 1));
    }
}
