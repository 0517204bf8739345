namespace HealthDashboard.Domain.Geo;

/// <summary>The convex sample outline of a province, drawn around the centres of its districts.</summary>
internal static class ProvinceOutline
{
    /// <summary>Degrees between the outermost district centres and the province edge, so edge districts get some area.</summary>
    public const double Margin = 0.08;

    /// <summary>The radius given to a province with one or two centres: about the size of a small real district.</summary>
    public const double LonelyRadius = 0.25;

    private const int Corners = 12;

    public static GeoPolygon Around(IReadOnlyList<GeoPoint> sites, Random random) =>
        sites.Count >= 3 ? Expanded(sites) : Lonely(sites, random);

    /// <summary>
    /// The hull of a small 12-gon around every site: the hull of the sites pushed outward by about
    /// <see cref="Margin"/>, with rounded corners instead of long spikes at acute hull vertices.
    /// </summary>
    private static GeoPolygon Expanded(IReadOnlyList<GeoPoint> sites) =>
        ConvexHull.Of(sites.SelectMany(site => Enumerable.Range(0, Corners).Select(k => site + Direction(k, 0) * Margin)));

    /// <summary>
    /// A 12-gon around the sites' mean with radii varied by ±20% so it does not look machine-made. The inner radius
    /// (every vertex at least <c>reach / cos(π/12)</c> away) keeps every site strictly inside; the hull keeps it convex,
    /// since a short radius between two long ones would otherwise dent it.
    /// </summary>
    private static GeoPolygon Lonely(IReadOnlyList<GeoPoint> sites, Random random)
    {
        var centre = new GeoPoint(sites.Average(s => s.Lon), sites.Average(s => s.Lat));
        var reach = sites.Max(s => (s - centre).Length) / Math.Cos(Math.PI / Corners);
        var turn = random.NextDouble();
        var corners = new List<GeoPoint>(Corners);
        for (var k = 0; k < Corners; k++)
        {
            var radius = reach + (LonelyRadius * (0.8 + (0.4 * random.NextDouble())));
            corners.Add(centre + (Direction(k, turn) * radius));
        }

        return ConvexHull.Of(corners);
    }

    private static GeoPoint Direction(int corner, double turn)
    {
        var angle = 2 * Math.PI * (corner + turn) / Corners;
        return new GeoPoint(Math.Cos(angle), Math.Sin(angle));
    }
}
