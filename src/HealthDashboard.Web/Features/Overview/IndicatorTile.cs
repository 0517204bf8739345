using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Status;

namespace HealthDashboard.Web.Features.Overview;

/// <summary>What one indicator's tile shows: the latest value, the target that applies, and how the two compare.</summary>
/// <param name="ShownPeriod">With a month or quarter filter, the latest such period of the year that has a value.</param>
/// <param name="PlanStatus">The engine's judgement for the latest year: achieved, on track, at risk or off track against the plan's path.</param>
public sealed record IndicatorTile(
    Indicator Indicator,
    IndicatorResult Latest,
    int? Year,
    Period? ThroughMonth,
    Target? Target,
    IReadOnlyList<YearValue> Series,
    StatusAssessment PlanStatus,
    Period? ShownPeriod = null)
{
    public bool IsYearToDate => ThroughMonth is not null;
}
