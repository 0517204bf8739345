using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Status;

namespace HealthDashboard.Web.Features.Overview;

/// <summary>What one indicator's tile shows: the latest value, the target that applies, and how the two compare.</summary>
/// <param name="ShownPeriod">With a month or quarter filter, the latest such period of the year that has a value.</param>
/// <param name="PlanStatus">The engine's judgement for the latest year against the plan (achieved, on track, at risk, off track, not achieved).</param>
/// <param name="FiguresOf">
/// The unit whose figures these are when it is not the page's unit: the province, for a statistic only the province
/// has (life expectancy on a district's page). Null for the unit's own figures.
/// </param>
public sealed record IndicatorTile(
    Indicator Indicator,
    IndicatorResult Latest,
    int? Year,
    Period? ThroughMonth,
    Target? Target,
    IReadOnlyList<YearValue> Series,
    StatusAssessment PlanStatus,
    Period? ShownPeriod = null,
    OrgUnit? FiguresOf = null)
{
    public bool IsYearToDate => ThroughMonth is not null;

    /// <summary>
    /// The deadline of the last month the figure covers when it has not come yet: that month's reports are still
    /// arriving, so the figure may be incomplete (said on the tile). Null once every month covered is due.
    /// </summary>
    public DateOnly? DueBy { get; init; }

    /// <summary>Whether a wall's KPI page gives the tile a slot: a target of the unit's own figures (not the province's).</summary>
    public bool OnWall => Target is not null && FiguresOf is null;
}
