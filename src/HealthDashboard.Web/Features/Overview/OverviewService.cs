using System.Diagnostics;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Storage;

namespace HealthDashboard.Web.Features.Overview;

/// <summary>
/// Computes a unit's overview: loads the raw values of its subtree from <see cref="FirstYear"/> to the current year
/// once, then every tile from that one list (the aggregation snapshot will replace this per-view computation).
/// </summary>
public sealed partial class OverviewService(
    OrgUnitCache units,
    CatalogCache catalog,
    DataStores stores,
    TimeProvider clock,
    ILogger<OverviewService> logger)
{
    /// <summary>The first year of the sample data, and how far back the latest value is looked for.</summary>
    public const int FirstYear = 2016;

    /// <summary>The overview of the unit with this code, or null when there is no such unit.</summary>
    public Task<UnitOverview?> LoadAsync(string unitCode, CancellationToken cancellationToken = default) =>
        // Off the caller's thread: SQLite's provider does its work synchronously under the async API, which would
        // otherwise hold a Blazor circuit for seconds without even rendering its "loading" state.
        Task.Run(() => ComputeAsync(unitCode, cancellationToken), cancellationToken);

    private async Task<UnitOverview?> ComputeAsync(string unitCode, CancellationToken cancellationToken)
    {
        var tree = await units.TreeAsync(cancellationToken);
        if (tree.Find(unitCode) is not { } unit)
        {
            return null;
        }

        var indicatorCatalog = await catalog.CatalogAsync(cancellationToken);
        var currentMonth = Period.MonthOf(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        var clockWatch = Stopwatch.StartNew();
        var raw = await stores.DataValues.SubtreeAsync(unit.Path, Period.OfYear(FirstYear), Period.OfYear(currentMonth.Year), cancellationToken);
        var loadTime = clockWatch.Elapsed;

        var builder = new IndicatorTileBuilder(
            indicatorCatalog.Elements.ToDictionary(e => e.Code),
            new YearlyValueIndex(raw),
            tree,
            unit,
            indicatorCatalog.Targets,
            FirstYear,
            currentMonth);
        var tiles = indicatorCatalog.Indicators.Select(builder.Build).ToList();
        var computeTime = clockWatch.Elapsed - loadTime;
        LogComputed(unit.Code, raw.Count, loadTime.TotalMilliseconds, computeTime.TotalMilliseconds);
        return new UnitOverview(unit, tree.AncestorsOf(unit).Reverse().ToList(), tiles, raw.Count, loadTime, computeTime);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Overview of {Unit}: {Values} raw values loaded in {LoadMs:F0} ms, tiles computed in {ComputeMs:F0} ms")]
    private partial void LogComputed(string unit, int values, double loadMs, double computeMs);
}
