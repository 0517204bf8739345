namespace HealthDashboard.Domain.Geo;

/// <summary>Sutherland–Hodgman clipping of a convex ring by one half-plane; the result is convex again.</summary>
public static class ConvexClipper
{
    /// <summary>
    /// The part of <paramref name="ring"/> inside <paramref name="keep"/>, in the same winding order; empty (or fewer
    /// than three points) when nothing of the polygon is left.
    /// </summary>
    public static List<GeoPoint> Clip(IReadOnlyList<GeoPoint> ring, HalfPlane keep)
    {
        var result = new List<GeoPoint>(ring.Count + 1);
        for (var i = 0; i < ring.Count; i++)
        {
            var current = ring[i];
            var next = ring[(i + 1) % ring.Count];
            var currentSide = keep.Evaluate(current);
            var nextSide = keep.Evaluate(next);
            if (currentSide <= 0)
            {
                result.Add(current);
            }

            // Only a strict change of side makes a new vertex: a vertex exactly on the line is already kept above,
            // and adding an intersection too would duplicate it.
            if ((currentSide < 0 && nextSide > 0) || (currentSide > 0 && nextSide < 0))
            {
                var t = currentSide / (currentSide - nextSide);
                result.Add(current + ((next - current) * t));
            }
        }

        return result;
    }
}
