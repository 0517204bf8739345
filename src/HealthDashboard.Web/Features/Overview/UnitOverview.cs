using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Web.Features.Overview;

/// <summary>A unit's overview: where it sits in the tree, one tile per indicator, and the snapshot it was read from.</summary>
public sealed record UnitOverview(
    OrgUnit Unit,
    IReadOnlyList<OrgUnit> Ancestors,
    IReadOnlyList<IndicatorTile> Tiles,
    long SnapshotVersion,
    DateTimeOffset ComputedAt,
    TimeSpan ReadTime);
