using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Features.ViewQueries;
using HealthDashboard.Web.Realtime;

namespace HealthDashboard.Web.Features.Trends;

/// <summary>A trend from the live snapshot that every page shares (a few thousand lookups, milliseconds).</summary>
public sealed class TrendService(OrgUnitCache units, CatalogCache catalog, SnapshotHolder snapshots, Jobs.ReportingClock reporting)
{
    /// <summary>The last year a trend draws: the one of the last month whose reports are all due.</summary>
    public int LastYear => reporting.Calendar.LastDueMonth.Year;

    /// <summary>A time range's first year from a link: a year with data, or null (all years) for none or anything else.</summary>
    public static int? FromYear(string? text, int lastYear) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
        && year >= OverviewService.FirstYear && year <= lastYear ? year : null;

    /// <summary><see cref="FromYear(string?, int)"/> up to <see cref="LastYear"/>.</summary>
    public int? FromYear(string? text) => FromYear(text, LastYear);

    /// <summary>
    /// The period a link asks for, or by default years, but quarters for a commune or a station: a commune's month
    /// holds a handful of births and deaths, and its monthly line is noise.
    /// </summary>
    public static ViewQuery WithDefaultPeriod(ViewQuery query, string? periodTypeAsked) =>
        string.IsNullOrWhiteSpace(periodTypeAsked) && query.Unit.Kind is OrgUnitKind.Commune or OrgUnitKind.HealthStation
            ? query with { PeriodType = PeriodType.Quarter }
            : query;

    public async Task<TrendView> LoadAsync(ViewQuery query, TrendComparison? comparison = null, CancellationToken cancellationToken = default, int? fromYear = null)
    {
        var tree = await units.TreeAsync(cancellationToken);
        var indicators = await catalog.CatalogAsync(cancellationToken);
        var snapshot = await snapshots.GetAsync(cancellationToken);
        return new TrendBuilder(snapshot, tree, indicators.Targets, OverviewService.FirstYear, reporting.Calendar).Build(query.Indicator, query.Unit, query.PeriodType, comparison, fromYear);
    }
}
