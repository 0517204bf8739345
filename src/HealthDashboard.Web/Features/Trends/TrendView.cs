using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Status;

namespace HealthDashboard.Web.Features.Trends;

/// <summary>Everything a trend chart and its export show, read from one snapshot version.</summary>
public sealed record TrendView(
    Indicator Indicator,
    OrgUnit Unit,
    IReadOnlyList<OrgUnit> Ancestors,
    PeriodType PeriodType,
    IReadOnlyList<TrendLine> Lines,
    string? PlanCode,
    IReadOnlyList<RoadmapLeg> TargetPath,
    long SnapshotVersion,
    DateTimeOffset ComputedAt)
{
    /// <summary>Codes asked for in <c>with=</c> that name no unit: said under the chart, not silently dropped.</summary>
    public IReadOnlyList<string> UnknownPicked { get; init; } = [];

    public TrendLine Main => Lines.First(l => l.Role == TrendRole.Unit);

    /// <summary>The codes whose changes move this chart, to filter live updates.</summary>
    public IEnumerable<string> UnitCodes => Lines.Select(l => l.Unit.Code);
}
