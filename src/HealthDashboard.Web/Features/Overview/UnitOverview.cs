using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Web.Features.Overview;

/// <summary>A unit's overview: where it sits in the tree and one tile per indicator, with what it cost to compute.</summary>
public sealed record UnitOverview(
    OrgUnit Unit,
    IReadOnlyList<OrgUnit> Ancestors,
    IReadOnlyList<IndicatorTile> Tiles,
    int RawValueCount,
    TimeSpan LoadTime,
    TimeSpan ComputeTime);
