using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Reporting;
using HealthDashboard.Domain.Status;

namespace HealthDashboard.Web.Features.Trends;

/// <summary>
/// Builds a trend from one snapshot: the unit, what it is compared with (its parent, its same-kind siblings, units
/// picked by name), and the plan's roadmap. Lines end with the last period whose reports are all due; the last year
/// counts through that month, as the overview's tiles do.
/// </summary>
public sealed class TrendBuilder(AggregateSnapshot snapshot, OrgUnitTree tree, IReadOnlyList<Target> targets, int firstYear, ReportingCalendar calendar)
{
    private readonly YearFigures _years = YearFigures.Due(snapshot, calendar);

    /// <param name="fromYear">The first year drawn (a time range's start); null for all the data.</param>
    public TrendView Build(Indicator indicator, OrgUnit unit, PeriodType periodType, TrendComparison? comparison = null, int? fromYear = null)
    {
        var compare = comparison ?? TrendComparison.Default;
        var periods = Periods(periodType).Where(p => fromYear is not { } from || p.Year >= from).ToList();
        var parent = unit.ParentId is { } parentId ? tree.Find(parentId) : null;
        var lines = new List<TrendLine> { Line(indicator, unit, TrendRole.Unit, periods) };
        if (parent is not null && compare.Parent)
        {
            lines.Add(Line(indicator, parent, TrendRole.Parent, periods));
        }

        if (parent is not null && compare.Peers)
        {
            lines.AddRange(tree.ChildrenOf(parent).Where(u => u.Kind == unit.Kind && u.Id != unit.Id)
                .Select(peer => Line(indicator, peer, TrendRole.Peer, periods)));
        }

        var unknown = new List<string>();
        foreach (var code in compare.Picked)
        {
            if (tree.Find(code) is not { } picked)
            {
                unknown.Add(code);
            }
            else if (lines.All(l => l.Unit.Id != picked.Id || l.Role == TrendRole.Peer))
            {
                // A picked peer leaves the grey crowd to be a named line of its own.
                lines.RemoveAll(l => l.Unit.Id == picked.Id);
                lines.Add(Line(indicator, picked, TrendRole.Picked, periods));
            }
        }

        // The plan judged against this year (TargetIndex picks the one whose next target comes first).
        var index = snapshot.Units.IndexOf(unit.Id);
        var codes = snapshot.Units.SelfAndAncestors(index).Select(u => snapshot.Units.Units[u].Code);
        var planTargets = new TargetIndex(targets).PlanTargetsFor(indicator.Code, codes, snapshot.AsOf.Year);
        // A leg that ends before the range starts is left out with the years it spans.
        var path = TargetRoadmap.Legs(planTargets, year => YearValue(indicator, index, year)).Where(leg => fromYear is not { } from || leg.Goal.Year >= from).ToList();
        var ancestors = tree.AncestorsOf(unit).Reverse().ToList();
        return new TrendView(indicator, unit, ancestors, periodType, lines, planTargets.FirstOrDefault()?.PlanCode, path,
            snapshot.Version, snapshot.ComputedAt) { UnknownPicked = unknown };
    }

    private double? YearValue(Indicator indicator, int unit, int year) =>
        year is >= Period.MinYear and <= Period.MaxYear ? _years.Value(indicator, unit, year).Value : null;

    private TrendLine Line(Indicator indicator, OrgUnit unit, TrendRole role, IReadOnlyList<Period> periods)
    {
        var index = snapshot.Units.IndexOf(unit.Id);
        var points = periods.Select(p => p.Type == PeriodType.Year
                ? new TrendPoint(p, _years.Value(indicator, index, p.Year)) { Through = calendar.IsYearDue(p.Year) ? null : _years.Through(p.Year) }
                : new TrendPoint(p, snapshot.Value(indicator, index, p)))
            .Where(p => p.Result.HasValue).ToList();
        return new TrendLine(unit, role, points);
    }

    private IEnumerable<Period> Periods(PeriodType type)
    {
        var last = LastShown(type);
        var first = Period.Month(firstYear, 1).ContainingOf(type);
        for (var p = first; p.CompareTo(last) <= 0; p = p.Next())
        {
            yield return p;
        }
    }

    /// <summary>The last period drawn: the last month whose reports are all due, the last quarter all of whose are, or that month's year.</summary>
    private Period LastShown(PeriodType type)
    {
        var month = calendar.LastDueMonth;
        return type switch
        {
            PeriodType.Month => month,
            PeriodType.Quarter => month.Index % 3 == 0 ? month.ContainingOf(PeriodType.Quarter) : month.ContainingOf(PeriodType.Quarter).Previous(),
            _ => Period.OfYear(month.Year),
        };
    }
}
