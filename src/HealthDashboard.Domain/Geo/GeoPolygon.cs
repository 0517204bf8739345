namespace HealthDashboard.Domain.Geo;

/// <summary>
/// A polygon with one outer ring and no holes. The ring is stored counter-clockwise (the RFC 7946 right-hand rule for
/// exterior rings) and OPEN: the last vertex is not a repeat of the first. <see cref="GeoJsonWriter"/> closes the ring
/// when it writes it, because GeoJSON requires first == last. Every polygon the tiler makes is convex, and
/// <see cref="DistanceInside"/> relies on that.
/// </summary>
public sealed class GeoPolygon
{
    public GeoPolygon(IEnumerable<GeoPoint> ring)
    {
        var points = new List<GeoPoint>();
        foreach (var point in ring)
        {
            // Clipping can emit the same vertex twice in a row; a zero-length edge has no direction, so drop it.
            if (points.Count == 0 || points[^1] != point)
            {
                points.Add(point);
            }
        }

        if (points.Count > 1 && points[0] == points[^1])
        {
            points.RemoveAt(points.Count - 1);
        }

        if (points.Count < 3)
        {
            throw new ArgumentException("A polygon needs at least three distinct vertices.", nameof(ring));
        }

        if (SignedArea(points) < 0)
        {
            points.Reverse();
        }

        Ring = points;
    }

    public IReadOnlyList<GeoPoint> Ring { get; }

    /// <summary>The area in square degrees; positive because the ring is counter-clockwise.</summary>
    public double Area => SignedArea(Ring);

    public GeoPoint Centroid
    {
        get
        {
            // Measured from the first vertex: coordinates near 105° would otherwise cancel away most of the precision.
            var origin = Ring[0];
            double twiceArea = 0, lon = 0, lat = 0;
            for (var i = 1; i < Ring.Count - 1; i++)
            {
                var a = Ring[i] - origin;
                var b = Ring[i + 1] - origin;
                var cross = GeoPoint.Cross(a, b);
                twiceArea += cross;
                lon += (a.Lon + b.Lon) * cross;
                lat += (a.Lat + b.Lat) * cross;
            }

            return origin + new GeoPoint(lon, lat) * (1 / (3 * twiceArea));
        }
    }

    /// <summary>
    /// The distance from <paramref name="point"/> to the nearest edge line: positive inside, zero on the boundary,
    /// negative outside. Valid for convex rings only.
    /// </summary>
    public double DistanceInside(GeoPoint point)
    {
        var nearest = double.PositiveInfinity;
        for (var i = 0; i < Ring.Count; i++)
        {
            var a = Ring[i];
            var edge = Ring[(i + 1) % Ring.Count] - a;
            nearest = Math.Min(nearest, GeoPoint.Cross(edge, point - a) / edge.Length);
        }

        return nearest;
    }

    /// <summary>True when the point is inside, on the boundary, or outside by no more than <paramref name="tolerance"/>.</summary>
    public bool Contains(GeoPoint point, double tolerance = 0) => DistanceInside(point) >= -tolerance;

    private static double SignedArea(IReadOnlyList<GeoPoint> ring)
    {
        var origin = ring[0];
        double twiceArea = 0;
        for (var i = 1; i < ring.Count - 1; i++)
        {
            twiceArea += GeoPoint.Cross(ring[i] - origin, ring[i + 1] - origin);
        }

        return twiceArea / 2;
    }
}
