using HealthDashboard.Domain.Geo;

namespace HealthDashboard.Domain.Tests.Geo;

/// <summary>Shapes and site sets shared by the geometry tests.</summary>
internal static class GeoShapes
{
    /// <summary>An irregular convex hexagon near An Giang's coordinates, where floating-point cancellation would show.</summary>
    public static GeoPolygon Hexagon() => new(
    [
        new(105.0, 10.2), new(105.6, 10.25), new(105.8, 10.6), new(105.5, 10.95), new(105.1, 10.9), new(104.9, 10.5),
    ]);

    /// <summary>Random points strictly inside <paramref name="region"/>, drawn by rejection from its bounding box.</summary>
    public static List<GeoPoint> SitesInside(GeoPolygon region, int count, int seed)
    {
        var random = new Random(seed);
        var minLon = region.Ring.Min(p => p.Lon);
        var maxLon = region.Ring.Max(p => p.Lon);
        var minLat = region.Ring.Min(p => p.Lat);
        var maxLat = region.Ring.Max(p => p.Lat);
        var sites = new List<GeoPoint>();
        while (sites.Count < count)
        {
            var point = new GeoPoint(minLon + (random.NextDouble() * (maxLon - minLon)), minLat + (random.NextDouble() * (maxLat - minLat)));
            if (region.DistanceInside(point) > 1e-6)
            {
                sites.Add(point);
            }
        }

        return sites;
    }

    /// <summary>The largest distance by which any vertex of <paramref name="inner"/> lies outside <paramref name="outer"/>.</summary>
    public static double WorstOverhang(GeoPolygon inner, GeoPolygon outer) =>
        inner.Ring.Max(p => -outer.DistanceInside(p));
}
