namespace HealthDashboard.Web.Features.Map;

/// <summary>
/// The shapes of one map (a unit at a level) for map.js, as <c>{"areas": FeatureCollection, "outlines": FeatureCollection
/// or null}</c> whose feature ids are unit codes. Outlines are the districts drawn over a province's communes, so a
/// reader can tell which district a commune is in. <see cref="Version"/> is a hash of the shapes: it changes only when
/// boundaries do, so the browser may keep the shapes it fetched from <see cref="Url"/> for as long as it likes.
/// </summary>
public sealed record MapGeometry(string Key, string Shapes, IReadOnlySet<string> Codes, string Version, string Url);
