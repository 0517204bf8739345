using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Reporting;
using HealthDashboard.Domain.Status;

namespace HealthDashboard.Web.Features.Overview;

/// <summary>
/// Builds the tiles of one unit from the live aggregate snapshot: a few lookups per indicator and year. A year counts
/// through the last month whose reports are all due unless the filter lets in the months still being reported.
/// </summary>
public sealed class IndicatorTileBuilder(
    AggregateSnapshot snapshot,
    OrgUnitTree tree,
    OrgUnit unit,
    IndicatorCatalog catalog,
    int firstYear,
    ReportingCalendar reporting,
    OverviewFilter? filter = null)
{
    private readonly OverviewFilter _filter = filter ?? OverviewFilter.None;
    private readonly YearFigures _years = filter is { Arriving: true } ? YearFigures.Arriving(snapshot, reporting) : YearFigures.Due(snapshot, reporting);

    /// <summary>The last year looked at: the chosen one, or this one.</summary>
    private readonly int _lastYear = filter?.Year ?? reporting.CurrentMonth.Year;

    public IndicatorTile Build(Indicator indicator)
    {
        var figuresOf = FiguresUnit(indicator);
        var at = snapshot.Units.IndexOf(figuresOf.Id);
        var shownOf = figuresOf.Id == unit.Id ? null : figuresOf;
        var series = new List<YearValue>();
        var latest = IndicatorResult.NoData;
        int? latestYear = null;
        for (var year = firstYear; year <= _lastYear; year++)
        {
            var result = _years.Value(indicator, at, year);
            if (result.Value is { } value)
            {
                series.Add(new YearValue(year, value));
                (latest, latestYear) = (result, year);
            }
        }

        if (_filter.Year is { } chosen && latestYear != chosen)
        {
            // A chosen year shows that year's figure or none, never an older one passed off as it.
            (latest, latestYear) = (IndicatorResult.NoData, null);
        }

        var target = TargetFinder.NextTarget(catalog.Targets, tree, figuresOf, indicator.Code, _lastYear);
        if (_filter.PeriodType != PeriodType.Year && latestYear is { } valueYear && LatestWithin(indicator, at, valueYear) is { } sub)
        {
            return new IndicatorTile(indicator, sub.Result, latestYear, null, target, series, _years.Status(indicator, at, valueYear), sub.Period, shownOf)
            {
                DueBy = reporting.DueAfterToday(sub.Period),
            };
        }

        // A year not all due yet: its figure runs from January to the last month counted that has data, and no
        // further even when a yearly element already has a value for the whole year. A figure of yearly surveys only
        // (stunting, the communes meeting the criteria) is the year's own, whatever month it is entered in.
        var throughMonth = latestYear is { } open && !reporting.IsYearDue(open) && HasMonths(indicator)
            ? Min(SnapshotCoverage.LastMonthReported(snapshot, indicator, at, open), _years.Through(open)!.Value)
            : null;
        return new IndicatorTile(indicator, latest, latestYear, throughMonth, target, series,
            latestYear is { } shownYear ? _years.Status(indicator, at, shownYear) : StatusAssessment.NoData, FiguresOf: shownOf)
        {
            DueBy = throughMonth is { } through ? reporting.DueAfterToday(through) : null,
        };
    }

    /// <summary>The last month or quarter of the year with a value, among those whose reports are all due (or up to this month with the months still being reported).</summary>
    private (Period Period, IndicatorResult Result)? LatestWithin(Indicator indicator, int at, int year)
    {
        var periods = _filter.PeriodType == PeriodType.Month
            ? Enumerable.Range(1, 12).Select(m => Period.Month(year, m))
            : Enumerable.Range(1, 4).Select(q => Period.Quarter(year, q));
        foreach (var period in periods.Reverse().Where(p => _filter.Arriving ? p.Start <= reporting.CurrentMonth.Start : reporting.DueAfterToday(p) is null))
        {
            if (snapshot.Value(indicator, at, period) is { Value: not null } result)
            {
                return (period, result);
            }
        }

        return null;
    }

    /// <summary>
    /// The unit whose figures a tile shows: the unit itself, or for an indicator reported only above it (a province's
    /// life expectancy, on a district's page) the nearest ancestor where it is reported. Below the province such a tile
    /// would otherwise read "no data" for what is simply not counted there.
    /// </summary>
    private OrgUnit FiguresUnit(Indicator indicator)
    {
        var kinds = indicator.ElementCodes.Select(code => catalog.Element(code)?.ReportedAt).ToList();
        // Reported at the unit or below it (a station's figures add up to its commune's; OrgUnitKind orders areas from the
        // country down, facilities after them): the unit's own figures.
        if (kinds.Count == 0 || kinds.Any(k => k is not { } reported || reported.Kinds.Any(kind => kind >= unit.Kind)))
        {
            return unit;
        }

        return tree.AncestorsOf(unit).FirstOrDefault(a => kinds.All(k => k!.Value.Contains(a.Kind))) ?? unit;
    }

    private bool HasMonths(Indicator indicator) =>
        indicator.ElementCodes.Any(code => snapshot.Cubes.TryGetValue(code, out var cube) && cube.Layout.Lowest < PeriodType.Year);

    private static Period? Min(Period? month, Period cap) => month is { } m && m.CompareTo(cap) > 0 ? cap : month;
}
