namespace HealthDashboard.Domain.Geo;

/// <summary>Andrew's monotone chain: the counter-clockwise convex hull, without collinear vertices.</summary>
internal static class ConvexHull
{
    public static GeoPolygon Of(IEnumerable<GeoPoint> points)
    {
        var sorted = points.Distinct().OrderBy(p => p.Lon).ThenBy(p => p.Lat).ToList();
        if (sorted.Count < 3)
        {
            throw new ArgumentException("A hull needs at least three distinct points.", nameof(points));
        }

        var hull = new List<GeoPoint>(sorted.Count + 1);
        AddChain(hull, sorted, 0);
        sorted.Reverse();
        AddChain(hull, sorted, hull.Count);
        return new GeoPolygon(hull);
    }

    /// <summary>Adds one chain (lower, then upper on the reversed list); each chain's last point starts the next one.</summary>
    private static void AddChain(List<GeoPoint> hull, List<GeoPoint> sorted, int start)
    {
        foreach (var point in sorted)
        {
            while (hull.Count >= start + 2 && GeoPoint.Cross(hull[^1] - hull[^2], point - hull[^2]) <= 0)
            {
                hull.RemoveAt(hull.Count - 1);
            }

            hull.Add(point);
        }

        hull.RemoveAt(hull.Count - 1);
    }
}
