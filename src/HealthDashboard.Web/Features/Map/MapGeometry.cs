namespace HealthDashboard.Web.Features.Map;

/// <summary>
/// The shapes of one map (a unit at a level) for map.js, as <c>{"areas": FeatureCollection, "outlines": FeatureCollection
/// or null}</c> whose feature ids are unit codes. Outlines are the districts drawn over a province's communes, so a
/// reader can tell which district a commune is in.
/// </summary>
public sealed record MapGeometry(string Key, string Shapes, IReadOnlySet<string> Codes);
