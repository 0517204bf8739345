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
    IReadOnlyList<Target> targets,
    int firstYear,
    Period currentMonth)
{
    private readonly int _currentYear = currentMonth.Year;
    private readonly int _unit = snapshot.Units.IndexOf(unit.Id);

    public IndicatorTile Build(Indicator indicator)
    {
        var series = new List<YearValue>();
        var latest = IndicatorResult.NoData;
        int? latestYear = null;
        for (var year = firstYear; year <= _currentYear; year++)
        {
            var result = snapshot.Value(indicator, _unit, Period.OfYear(year));
            if (result.Value is { } value)
            {
                series.Add(new YearValue(year, value));
                (latest, latestYear) = (result, year);
            }
        }

        // The current year is not over: its figure runs from January to the last month reported, and no further than
        // this month even when a yearly element already has a value for the whole year.
        var throughMonth = latestYear == _currentYear ? Min(SnapshotCoverage.LastMonthReported(snapshot, indicator, _unit, _currentYear), currentMonth) : null;
        var target = TargetFinder.NextTarget(targets, tree, unit, indicator.Code, _currentYear);
        return new IndicatorTile(indicator, latest, latestYear, throughMonth, target, series,
            latestYear is { } shownYear ? snapshot.Status(indicator, _unit, shownYear) : StatusAssessment.NoData);
    }

    private static Period? Min(Period? month, Period cap) => month is { } m && m.CompareTo(cap) > 0 ? cap : month;
}
