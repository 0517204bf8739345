using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace HealthDashboard.Domain.Geo;

/// <summary>
/// Writes polygons as a GeoJSON FeatureCollection for plotly.js choropleths. Each feature carries its code both as
/// the feature id (plotly's default <c>featureidkey</c>) and in <c>properties.code</c>, plus <c>name</c> and
/// <c>sample: true</c> so no one mistakes the shapes for real boundaries.
/// </summary>
public static class GeoJsonWriter
{
    /// <summary>Five decimals is about a metre: far finer than a sample shape needs, and it keeps the file small.</summary>
    private const int Decimals = 5;

    public static void Write(Stream stream, IEnumerable<KeyValuePair<string, GeoPolygon>> polygons, Func<string, string?> nameOf)
    {
        ArgumentNullException.ThrowIfNull(polygons);
        ArgumentNullException.ThrowIfNull(nameOf);

        // Vietnamese names stay readable in the file instead of becoming \u escapes.
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
        using var writer = new Utf8JsonWriter(stream, options);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var (code, polygon) in polygons)
        {
            WriteFeature(writer, code, nameOf(code) ?? code, polygon);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static string ToJson(IEnumerable<KeyValuePair<string, GeoPolygon>> polygons, Func<string, string?> nameOf)
    {
        using var stream = new MemoryStream();
        Write(stream, polygons, nameOf);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteFeature(Utf8JsonWriter writer, string code, string name, GeoPolygon polygon)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", code);
        writer.WriteStartObject("properties");
        writer.WriteString("code", code);
        writer.WriteString("name", name);
        writer.WriteBoolean("sample", true);
        writer.WriteEndObject();
        writer.WriteStartObject("geometry");
        writer.WriteString("type", "Polygon");
        writer.WriteStartArray("coordinates");
        writer.WriteStartArray();
        foreach (var point in polygon.Ring)
        {
            WritePoint(writer, point);
        }

        // GeoPolygon keeps its ring open; GeoJSON wants it closed.
        WritePoint(writer, polygon.Ring[0]);
        writer.WriteEndArray();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WritePoint(Utf8JsonWriter writer, GeoPoint point)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(Math.Round(point.Lon, Decimals, MidpointRounding.AwayFromZero));
        writer.WriteNumberValue(Math.Round(point.Lat, Decimals, MidpointRounding.AwayFromZero));
        writer.WriteEndArray();
    }
}
