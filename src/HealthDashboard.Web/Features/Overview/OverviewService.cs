using System.Diagnostics;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Jobs;
using HealthDashboard.Web.Realtime;

namespace HealthDashboard.Web.Features.Overview;

/// <summary>A unit's overview, read from the live aggregate snapshot that every page shares.</summary>
public sealed partial class OverviewService(
    OrgUnitCache units,
    CatalogCache catalog,
    SnapshotHolder snapshots,
    ReportingClock reporting,
    ILogger<OverviewService> logger)
{
    /// <summary>The first year of the sample data, and how far back the latest value is looked for.</summary>
    public const int FirstYear = 2016;

    /// <summary>The overview of the unit with this code, or null when there is no such unit.</summary>
    public Task<UnitOverview?> LoadAsync(string unitCode, CancellationToken cancellationToken = default) =>
        LoadAsync(unitCode, OverviewFilter.None, cancellationToken);

    /// <summary>The overview with the filters applied; a plan filter keeps only the indicators the plan sets a target for.</summary>
    public async Task<UnitOverview?> LoadAsync(string unitCode, OverviewFilter filter, CancellationToken cancellationToken = default)
    {
        var tree = await units.TreeAsync(cancellationToken);
        if (tree.Find(unitCode) is not { } unit)
        {
            return null;
        }

        var indicatorCatalog = await catalog.CatalogAsync(cancellationToken);
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var watch = Stopwatch.StartNew();
        var builder = new IndicatorTileBuilder(snapshot, tree, unit, indicatorCatalog, FirstYear, reporting.Calendar, filter);
        var inPlan = filter.Plan is { } plan
            ? indicatorCatalog.Targets.Where(t => t.PlanCode == plan).Select(t => t.IndicatorCode).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : null;
        var tiles = indicatorCatalog.Indicators.Where(i => inPlan is null || inPlan.Contains(i.Code)).Select(builder.Build).ToList();
        LogComputed(unit.Code, snapshot.Version, watch.Elapsed.TotalMilliseconds);
        return new UnitOverview(unit, tree.AncestorsOf(unit).Reverse().ToList(), tiles, snapshot.Version, snapshot.ComputedAt, watch.Elapsed);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Overview of {Unit} from snapshot version {Version} in {Ms:F1} ms")]
    private partial void LogComputed(string unit, long version, double ms);
}
