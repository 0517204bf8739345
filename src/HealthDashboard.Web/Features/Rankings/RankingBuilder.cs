using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Reporting;
using HealthDashboard.Domain.Status;

namespace HealthDashboard.Web.Features.Rankings;

/// <summary>
/// Ranks a unit's children from one snapshot: best first in the indicator's direction (lowest first for infant
/// mortality), ties by name, children without data after all the others. A year counts through its last month whose
/// reports are all due, as the overview's tiles do.
/// </summary>
public sealed class RankingBuilder(AggregateSnapshot snapshot, OrgUnitTree tree, ReportingCalendar calendar)
{
    private readonly YearFigures _years = YearFigures.Due(snapshot, calendar);

    private static readonly StringComparer VietnameseOrder = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false);

    public RankingView Build(Indicator indicator, OrgUnit unit, int year)
    {
        var rows = Ranked(unit).Select(child =>
        {
            var index = snapshot.Units.IndexOf(child.Id);
            var result = _years.Value(indicator, index, year);
            var status = result.HasValue ? _years.Status(indicator, index, year) : StatusAssessment.NoData;
            return (child, result, status);
        }).ToList();

        var withData = rows.Where(r => r.result.Value is not null);
        var ordered = (indicator.Direction == Direction.Down
                ? withData.OrderBy(r => r.result.Value!.Value)
                : withData.OrderByDescending(r => r.result.Value!.Value))
            .ThenBy(r => r.child.NameVi, VietnameseOrder)
            .Select((r, i) => new RankingRow(i + 1, r.child, r.result, r.status))
            .Concat(rows.Where(r => r.result.Value is null).OrderBy(r => r.child.NameVi, VietnameseOrder)
                .Select(r => new RankingRow(null, r.child, r.result, r.status)))
            .ToList();

        var target = _years.Status(indicator, snapshot.Units.IndexOf(unit.Id), year).Target
            ?? TargetFinder.NextTarget(snapshot.Catalog.Targets, tree, unit, indicator.Code, year);
        return new RankingView(indicator, unit, tree.AncestorsOf(unit).Reverse().ToList(), year, ordered, target, snapshot.Version, snapshot.ComputedAt)
        {
            Through = calendar.IsYearDue(year) ? null : _years.Through(year),
        };
    }

    /// <summary>
    /// The areas under the unit (a district's communes, not its health centre, which serves them all and has no
    /// population of its own); a unit with no area under it (a commune) ranks its facilities.
    /// </summary>
    private IEnumerable<OrgUnit> Ranked(OrgUnit unit)
    {
        var children = tree.ChildrenOf(unit);
        var areas = children.Where(c => c.Kind is OrgUnitKind.Province or OrgUnitKind.District or OrgUnitKind.Commune).ToList();
        return areas.Count > 0 ? areas : children;
    }
}
