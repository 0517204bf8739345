namespace HealthDashboard.Domain.Geo;

/// <summary>
/// Splits a convex polygon into the Voronoi cells of sites inside it: cell i is the polygon clipped by the bisector
/// half-plane of site i against every other site. O(n²) clips, which is nothing for the 10–20 units of one parent.
/// </summary>
public static class VoronoiTiler
{
    /// <summary>One convex cell per site, in the order of <paramref name="sites"/>; together they tile <paramref name="region"/>.</summary>
    public static IReadOnlyList<GeoPolygon> Tile(GeoPolygon region, IReadOnlyList<GeoPoint> sites)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(sites);
        Validate(region, sites);

        var cells = new GeoPolygon[sites.Count];
        for (var i = 0; i < sites.Count; i++)
        {
            IReadOnlyList<GeoPoint> ring = region.Ring;
            for (var j = 0; j < sites.Count; j++)
            {
                if (j != i)
                {
                    ring = ConvexClipper.Clip(ring, HalfPlane.Closer(sites[i], sites[j]));
                }
            }

            // A site strictly inside the region keeps a neighbourhood of itself, so the cell cannot vanish.
            cells[i] = new GeoPolygon(ring);
        }

        return cells;
    }

    private static void Validate(GeoPolygon region, IReadOnlyList<GeoPoint> sites)
    {
        if (sites.Count == 0)
        {
            throw new ArgumentException("At least one site is needed.", nameof(sites));
        }

        var seen = new HashSet<GeoPoint>();
        foreach (var site in sites)
        {
            if (!seen.Add(site))
            {
                // Two equal sites have no bisector: both cells would be the whole region.
                throw new ArgumentException($"The site {site} appears twice.", nameof(sites));
            }

            if (region.DistanceInside(site) <= 0)
            {
                throw new ArgumentException($"The site {site} is not strictly inside the region.", nameof(sites));
            }
        }
    }
}
