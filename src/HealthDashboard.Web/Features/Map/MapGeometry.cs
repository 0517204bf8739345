namespace HealthDashboard.Web.Features.Map;

/// <summary>The shapes of one map (a unit at a level) as one GeoJSON FeatureCollection whose feature ids are unit codes.</summary>
public sealed record MapGeometry(string Key, string FeatureCollection, IReadOnlySet<string> Codes);
