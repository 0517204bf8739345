using System.Text.Json.Nodes;

namespace HealthDashboard.Web.Features.Map;

/// <summary>
/// Puts polygon rings in the winding plotly's geo maps need. d3-geo (inside plotly) draws on the sphere and reads an
/// outer ring that runs counter-clockwise as "everything except this area", so such a shape floods the whole map.
/// GeoJSON (RFC 7946) asks for the opposite, and files in the wild have both: outer rings are made clockwise
/// (negative area with x = longitude, y = latitude), holes counter-clockwise.
/// </summary>
public static class RingWinding
{
    /// <summary>Rewinds the geometry of a feature in place; returns how many rings were reversed.</summary>
    public static int ForD3(JsonObject feature)
    {
        if (feature["geometry"] is not JsonObject geometry || geometry["coordinates"] is not JsonArray coordinates)
        {
            return 0;
        }

        return (string?)geometry["type"] switch
        {
            "Polygon" => Polygon(coordinates),
            "MultiPolygon" => coordinates.OfType<JsonArray>().Sum(Polygon),
            _ => 0,
        };
    }

    private static int Polygon(JsonArray rings)
    {
        var reversed = 0;
        for (var i = 0; i < rings.Count; i++)
        {
            if (rings[i] is JsonArray ring && SignedArea(ring) is var area && area != 0 && (i == 0 ? area > 0 : area < 0))
            {
                var points = ring.Select(p => p?.DeepClone()).Reverse().ToArray();
                ring.Clear();
                foreach (var point in points)
                {
                    ring.Add(point);
                }

                reversed++;
            }
        }

        return reversed;
    }

    /// <summary>The shoelace sum: positive for a counter-clockwise ring (x = longitude, y = latitude).</summary>
    public static double SignedArea(JsonArray ring)
    {
        double sum = 0;
        for (var i = 0; i + 1 < ring.Count; i++)
        {
            var (x1, y1) = Point(ring[i]);
            var (x2, y2) = Point(ring[i + 1]);
            sum += (x1 * y2) - (x2 * y1);
        }

        return sum / 2;
    }

    private static (double X, double Y) Point(JsonNode? node) =>
        node is JsonArray { Count: >= 2 } p ? ((double)p[0]!, (double)p[1]!) : (0, 0);
}
