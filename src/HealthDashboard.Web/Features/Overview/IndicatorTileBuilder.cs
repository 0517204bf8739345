using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Status;

namespace HealthDashboard.Web.Features.Overview;

/// <summary>Builds the tiles of one unit from the live aggregate snapshot: a few lookups per indicator and year.</summary>
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
    private readonly Period _currentMonth = reporting.CurrentMonth;
    private readonly int _currentYear = reporting.CurrentMonth.Year;

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
            var result = snapshot.Value(indicator, at, Period.OfYear(year));
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
            return new IndicatorTile(indicator, sub.Result, latestYear, null, target, series, snapshot.Status(indicator, at, valueYear), sub.Period, shownOf)
            {
                DueBy = reporting.DueAfterToday(sub.Period),
            };
        }

        // The current year is not over: its figure runs from January to the last month reported, and no further than
        // this month even when a yearly element already has a value for the whole year.
        var throughMonth = latestYear == _currentYear ? Min(SnapshotCoverage.LastMonthReported(snapshot, indicator, at, _currentYear), _currentMonth) : null;
        return new IndicatorTile(indicator, latest, latestYear, throughMonth, target, series,
            latestYear is { } shownYear ? snapshot.Status(indicator, at, shownYear) : StatusAssessment.NoData, FiguresOf: shownOf)
        {
            DueBy = throughMonth is { } through ? reporting.DueAfterToday(through) : null,
        };
    }

    /// <summary>The last month or quarter of the year with a value, up to this month.</summary>
    private (Period Period, IndicatorResult Result)? LatestWithin(Indicator indicator, int at, int year)
    {
        var periods = _filter.PeriodType == PeriodType.Month
            ? Enumerable.Range(1, 12).Select(m => Period.Month(year, m))
            : Enumerable.Range(1, 4).Select(q => Period.Quarter(year, q));
        foreach (var period in periods.Reverse().Where(p => p.Start <= _currentMonth.Start))
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

    private static Period? Min(Period? month, Period cap) => month is { } m && m.CompareTo(cap) > 0 ? cap : month;
}
