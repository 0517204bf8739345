namespace HealthDashboard.Web.Features.Map;

/// <summary>
/// The shapes of one map (a unit at a level): its areas, and the districts outlined over a province's communes (so a
/// reader can tell which district a commune is in), each a FeatureCollection whose feature ids are unit codes.
/// Plotly fetches them itself from <see cref="Url"/> and <see cref="OutlinesUrl"/>. <see cref="Version"/> is a hash of
/// the shapes: it changes only when boundaries do, so the browser may keep what it fetched for as long as it likes.
/// </summary>
public sealed record MapGeometry(
    string Key,
    string Areas,
    string? Outlines,
    IReadOnlySet<string> Codes,
    IReadOnlyList<string> OutlineCodes,
    string Version,
    string Url,
    string? OutlinesUrl,
    MapBounds? Bounds)
{
    /// <summary>What the map's frame spans: the shapes and a margin of 2 % of their span, so none touches the edge.</summary>
    public MapBounds? Frame { get; } = Bounds?.Padded(0.02);
}
