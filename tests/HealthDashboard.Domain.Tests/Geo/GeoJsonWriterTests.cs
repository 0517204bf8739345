using System.Text.Json;
using HealthDashboard.Domain.Geo;

namespace HealthDashboard.Domain.Tests.Geo;

public class GeoJsonWriterTests
{
    private static readonly Dictionary<string, GeoPolygon> Cells = new()
    {
        ["AG_LXU"] = new GeoPolygon([new(105.4, 10.3), new(105.41234567, 10.5), new(105.5, 10.4)]),
        ["AG_CDO"] = GeoShapes.Hexagon(),
    };

    [Fact]
    public void RingsAreClosedAndCounterClockwise()
    {
        using var json = JsonDocument.Parse(GeoJsonWriter.ToJson(Cells, _ => "x"));

        foreach (var feature in json.RootElement.GetProperty("features").EnumerateArray())
        {
            var ring = Ring(feature);
            Assert.Equal(ring[0], ring[^1]);
            Assert.True(SignedArea(ring) > 0, "the exterior ring is clockwise");
        }
    }

    [Fact]
    public void FeaturesCarryCodeNameAndTheSampleFlag()
    {
        using var json = JsonDocument.Parse(GeoJsonWriter.ToJson(Cells, code => code == "AG_LXU" ? "Thành phố Long Xuyên" : null));

        var feature = json.RootElement.GetProperty("features")[0];
        var properties = feature.GetProperty("properties");
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        Assert.Equal("AG_LXU", feature.GetProperty("id").GetString());
        Assert.Equal("AG_LXU", properties.GetProperty("code").GetString());
        Assert.Equal("Thành phố Long Xuyên", properties.GetProperty("name").GetString());
        Assert.True(properties.GetProperty("sample").GetBoolean());
        Assert.Equal("AG_CDO", json.RootElement.GetProperty("features")[1].GetProperty("properties").GetProperty("name").GetString());
    }

    [Fact]
    public void CoordinatesAreRoundedToFiveDecimals()
    {
        var text = GeoJsonWriter.ToJson(Cells, _ => null);

        Assert.Contains("[105.41235,10.5]", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\.[0-9]{6}", text);
    }

    [Fact]
    public void NamesAreWrittenAsUtf8RatherThanEscapes()
    {
        var text = GeoJsonWriter.ToJson(Cells, _ => "Châu Đốc");

        Assert.Contains("Châu Đốc", text, StringComparison.Ordinal);
    }

    private static (double Lon, double Lat)[] Ring(JsonElement feature) =>
        feature.GetProperty("geometry").GetProperty("coordinates")[0].EnumerateArray()
            .Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToArray();

    private static double SignedArea((double Lon, double Lat)[] closedRing) =>
        closedRing.Zip(closedRing.Skip(1), (a, b) => (a.Lon * b.Lat) - (b.Lon * a.Lat)).Sum() / 2;
}
