using System.Text.Json.Nodes;

namespace HealthDashboard.Web.Features.Map;

/// <summary>
/// The longitudes and latitudes a map's shapes span. The map's frame takes their proportions: plotly gives a scoped
/// geo subplot the proportions of its longitude and latitude ranges, which are Asia's unless set, so a tall province
/// on a phone's tall screen was drawn in a wide, short frame at half the screen's width.
/// </summary>
public sealed record MapBounds(double West, double South, double East, double North)
{
    /// <summary>The span of every position in a FeatureCollection, or null when it has none.</summary>
    public static MapBounds? Of(JsonObject collection)
    {
        var (west, south, east, north) = (double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
        foreach (var (lon, lat) in Positions(collection["features"]))
        {
            (west, east) = (Math.Min(west, lon), Math.Max(east, lon));
            (south, north) = (Math.Min(south, lat), Math.Max(north, lat));
        }

        return west <= east ? new MapBounds(west, south, east, north) : null;
    }

    /// <summary>Widened on every side by a share of its span, so no shape touches the frame.</summary>
    public MapBounds Padded(double share)
    {
        var (dLon, dLat) = ((East - West) * share, (North - South) * share);
        return new MapBounds(West - dLon, South - dLat, East + dLon, North + dLat);
    }

    // A position is an array of two or more numbers; polygons and multipolygons nest arrays of them in "coordinates".
    private static IEnumerable<(double Lon, double Lat)> Positions(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray { Count: >= 2 } position when position[0] is JsonValue lon && position[1] is JsonValue lat
                                                       && lon.TryGetValue<double>(out var x) && lat.TryGetValue<double>(out var y):
                yield return (x, y);
                break;
            case JsonArray list:
                foreach (var item in list)
                {
                    foreach (var p in Positions(item))
                    {
                        yield return p;
                    }
                }

                break;
            case JsonObject obj:
                foreach (var p in Positions(obj["geometry"] is JsonObject geometry ? geometry["coordinates"] ?? geometry["geometries"] : obj["coordinates"]))
                {
                    yield return p;
                }

                break;
        }
    }
}
