using System.Text.Json.Nodes;
using HealthDashboard.Web.Features.Map;

namespace HealthDashboard.Web.Tests.Features.Map;

public sealed class MapBoundsTests
{
    private static JsonObject Collection(params string[] geometries) => JsonNode.Parse(
        $$"""{"type":"FeatureCollection","features":[{{string.Join(",", geometries.Select(g => $$"""{"type":"Feature","id":"X","geometry":{{g}}}"""))}}]}""")!.AsObject();

    [Fact]
    public void APolygonAndAMultiPolygonSpanTheirOutermostPositions()
    {
        var collection = Collection(
            """{"type":"Polygon","coordinates":[[[105.1,10.2],[105.4,10.2],[105.4,10.9],[105.1,10.2]]]}""",
            """{"type":"MultiPolygon","coordinates":[[[[104.9,10.5],[105.0,10.5],[105.0,10.6],[104.9,10.5]]],[[[105.2,10.0],[105.3,10.0],[105.3,10.1],[105.2,10.0]]]]}""");

        Assert.Equal(new MapBounds(104.9, 10.0, 105.4, 10.9), MapBounds.Of(collection));
    }

    [Fact]
    public void ACollectionWithoutPositionsHasNoBounds()
    {
        Assert.Null(MapBounds.Of(Collection()));
        Assert.Null(MapBounds.Of(Collection("""{"type":"Polygon","coordinates":[]}""")));
    }

    [Fact]
    public void PaddingWidensEachSideByItsShareOfTheSpan()
    {
        var padded = new MapBounds(100, 10, 102, 11).Padded(0.05);

        Assert.Equal(99.9, padded.West, 9);
        Assert.Equal(102.1, padded.East, 9);
        Assert.Equal(9.95, padded.South, 9);
        Assert.Equal(11.05, padded.North, 9);
    }
}
