namespace HealthDashboard.Web.Features.Map;

/// <summary>
/// What map.js needs to colour a map, without its shapes: per area (in one order) the code, class index, hover text
/// (empty on a wall) and whether it has no data or a small denominator; the legend's colours in class order.
/// </summary>
public sealed record MapPayload(
    string GeometryKey,
    long Version,
    string[] Locations,
    int[] Classes,
    string[] Hover,
    bool[] NoData,
    bool[] Small,
    string[] Colours,
    bool Wall,
    string Label);
