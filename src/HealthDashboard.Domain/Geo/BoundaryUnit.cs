namespace HealthDashboard.Domain.Geo;

/// <summary>
/// One org unit as <see cref="SampleBoundaryGenerator"/> sees it. <see cref="Site"/> is the unit's approximate centre
/// when known; units without one get a deterministic random site.
/// </summary>
public sealed record BoundaryUnit(string Code, string? ParentCode, GeoPoint? Site = null);
