using System.Security.Claims;
using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Reporting;
using HealthDashboard.Domain.Status;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Jobs;
using HealthDashboard.Web.Realtime;

namespace HealthDashboard.Web.Features.Map;

/// <summary>A map's figures, read from the live aggregate snapshot that every page shares (no copy per circuit).</summary>
public sealed class MapService(OrgUnitCache units, CatalogCache catalog, SnapshotHolder snapshots, ReportingClock reporting)
{
    /// <summary>The map a query asks for; without a unit, the reader's own default (<see cref="HomeUnit.DefaultUnitFor"/>).</summary>
    public async Task<(MapRequest? Request, IReadOnlyList<MapProblem> Problems)> ResolveAsync(string? indicator, string? unit,
        string? level, string? period, ClaimsPrincipal? user, CancellationToken cancellationToken = default)
    {
        var tree = await units.TreeAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(unit))
        {
            unit = tree.DefaultUnitFor(user)?.Code;
        }

        var indicatorCatalog = await catalog.CatalogAsync(cancellationToken);
        // The last year offered is the one of the last month whose reports are all due: in early January, the year before.
        return MapRequestResolver.Resolve(indicatorCatalog, tree, OverviewService.FirstYear, reporting.Calendar.LastDueMonth.Year, indicator, unit, level, period);
    }

    public async Task<MapFigures> LoadAsync(MapRequest request, CancellationToken cancellationToken = default)
    {
        var tree = await units.TreeAsync(cancellationToken);
        var snapshot = await snapshots.GetAsync(cancellationToken);
        return Compute(snapshot, tree, request, reporting.Calendar);
    }

    /// <summary>
    /// The areas of the request's level inside its unit, each with its value, status and colour class; a year counts
    /// through its last month whose reports are all due, as the overview's tiles do.
    /// </summary>
    public static MapFigures Compute(AggregateSnapshot snapshot, OrgUnitTree tree, MapRequest request, ReportingCalendar calendar)
    {
        var years = YearFigures.Due(snapshot, calendar);
        var kind = MapLevels.KindOf(request.Level);
        // The snapshot's own copy of the indicator: after a catalog change the two may differ, and the snapshot decides.
        var indicator = snapshot.Indicator(request.Indicator.Code) ?? request.Indicator;
        var areas = tree.DescendantsOf(request.Unit)
            .Where(u => u.Kind == kind)
            .OrderBy(u => u.Path, StringComparer.Ordinal)
            .Select(u =>
            {
                var index = snapshot.Units.IndexOf(u.Id);
                // A unit added after this snapshot was computed has no figures yet.
                return index < 0
                    ? new MapArea(u, IndicatorResult.NoData, StatusAssessment.NoData)
                    : request.Month is { } month
                        ? new MapArea(u, snapshot.Value(indicator, index, month), snapshot.Status(indicator, index, request.Year))
                        : new MapArea(u, years.Value(indicator, index, request.Year), years.Status(indicator, index, request.Year));
            })
            .ToList();
        var scheme = indicator.Code.StartsWith("REPORT_", StringComparison.Ordinal)
            ? MapClassifier.ByReportingBands(areas.Select(a => a.Result).ToList(), indicator.Decimals)
            : MapClassifier.Classify(areas.Select(a => (a.Result, a.Status.Status)).ToList(), indicator.Decimals);
        return new MapFigures(request with { Indicator = indicator }, areas, scheme, snapshot.Version, snapshot.ComputedAt)
        {
            Through = request.Month is null && !calendar.IsYearDue(request.Year) ? years.Through(request.Year) : null,
        };
    }
}
