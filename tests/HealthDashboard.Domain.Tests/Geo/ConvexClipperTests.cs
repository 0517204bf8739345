using HealthDashboard.Domain.Geo;

namespace HealthDashboard.Domain.Tests.Geo;

public class ConvexClipperTests
{
    private static readonly GeoPoint[] UnitSquare = [new(0, 0), new(1, 0), new(1, 1), new(0, 1)];

    [Fact]
    public void ClippingASquareByTheBisectorOfTwoSitesKeepsTheHalfNearerTheFirstSite()
    {
        var kept = ConvexClipper.Clip(UnitSquare, HalfPlane.Closer(new(0.25, 0.5), new(0.75, 0.5)));

        var half = new GeoPolygon(kept);
        Assert.Equal(0.5, half.Area, 12);
        Assert.All(half.Ring, p => Assert.True(p.Lon <= 0.5 + 1e-12, $"{p} is on the far side of x = 0.5"));
    }

    [Fact]
    public void AVertexExactlyOnTheClipLineIsKeptOnce()
    {
        // The diagonal from (1,0) to (0,1) passes through two vertices; the result is the lower-left triangle.
        var kept = ConvexClipper.Clip(UnitSquare, new HalfPlane(new(1, 1), 1));

        Assert.Equal([new(0, 0), new(1, 0), new(0, 1)], kept);
    }

    [Fact]
    public void AHalfPlaneMissingThePolygonLeavesNothing()
    {
        var kept = ConvexClipper.Clip(UnitSquare, new HalfPlane(new(1, 0), -1));

        Assert.Empty(kept);
    }
}
