using System.Text.Json.Nodes;
using HealthDashboard.Web.Features.Map;

namespace HealthDashboard.Web.Tests.Features.Map;

public sealed class RingWindingTests
{
    private const string CounterClockwiseSquare = "[[0,0],[1,0],[1,1],[0,1],[0,0]]";
    private const string ClockwiseSquare = "[[0,0],[0,1],[1,1],[1,0],[0,0]]";

    private static JsonObject Feature(string rings) =>
        JsonNode.Parse($$$"""{"type":"Feature","geometry":{"type":"Polygon","coordinates":{{{rings}}}}}""")!.AsObject();

    private static JsonArray Ring(JsonObject feature, int index) => feature["geometry"]!["coordinates"]![index]!.AsArray();

    [Fact]
    public void ACounterClockwiseOuterRingIsReversed()
    {
        var feature = Feature($"[{CounterClockwiseSquare}]");
        Assert.Equal(1, RingWinding.SignedArea(Ring(feature, 0)));

        Assert.Equal(1, RingWinding.ForD3(feature));

        Assert.Equal(-1, RingWinding.SignedArea(Ring(feature, 0)));
        Assert.Equal(ClockwiseSquare, Ring(feature, 0).ToJsonString());
    }

    [Fact]
    public void AClockwiseOuterRingAndACounterClockwiseHoleStayAsTheyAre()
    {
        var feature = Feature($"[{ClockwiseSquare},[[0.2,0.2],[0.8,0.2],[0.8,0.8],[0.2,0.8],[0.2,0.2]]]");

        Assert.Equal(0, RingWinding.ForD3(feature));
    }
}
