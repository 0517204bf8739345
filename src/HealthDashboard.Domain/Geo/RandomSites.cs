namespace HealthDashboard.Domain.Geo;

/// <summary>Deterministic random sites inside a convex region, and Lloyd relaxation to even out their cells.</summary>
internal static class RandomSites
{
    /// <summary>
    /// Pulls each drawn point this far towards the centroid: the point is then strictly inside (the tiler demands it)
    /// and no cell starts as a sliver along the parent's edge.
    /// </summary>
    private const double Shrink = 0.95;

    /// <summary>The pinned sites where given; a new distinct random point inside <paramref name="region"/> for each null.</summary>
    public static List<GeoPoint> Fill(GeoPolygon region, IReadOnlyList<GeoPoint?> pinned, Random random)
    {
        var used = new HashSet<GeoPoint>(pinned.OfType<GeoPoint>());
        var sites = new List<GeoPoint>(pinned.Count);
        foreach (var pin in pinned)
        {
            if (pin is { } site)
            {
                sites.Add(site);
                continue;
            }

            var drawn = PointInside(region, random);
            while (!used.Add(drawn))
            {
                drawn = PointInside(region, random);
            }

            sites.Add(drawn);
        }

        return sites;
    }

    /// <summary>Moves every unpinned site to the centroid of its Voronoi cell, <paramref name="steps"/> times.</summary>
    public static List<GeoPoint> Relax(GeoPolygon region, List<GeoPoint> sites, IReadOnlyList<GeoPoint?> pinned, int steps)
    {
        for (var step = 0; step < steps && sites.Count > 1; step++)
        {
            var cells = VoronoiTiler.Tile(region, sites);
            sites = sites.Select((site, i) => pinned[i] ?? cells[i].Centroid).ToList();
        }

        return sites;
    }

    /// <summary>A uniform point of a fan triangle picked by area (no rejection loop), then pulled slightly inward.</summary>
    private static GeoPoint PointInside(GeoPolygon region, Random random)
    {
        var ring = region.Ring;
        var areas = new double[ring.Count - 2];
        for (var i = 0; i < areas.Length; i++)
        {
            areas[i] = GeoPoint.Cross(ring[i + 1] - ring[0], ring[i + 2] - ring[0]);
        }

        var pick = random.NextDouble() * areas.Sum();
        var triangle = 0;
        while (triangle < areas.Length - 1 && pick >= areas[triangle])
        {
            pick -= areas[triangle];
            triangle++;
        }

        var r1 = Math.Sqrt(random.NextDouble());
        var r2 = random.NextDouble();
        var a = ring[0];
        var b = ring[triangle + 1];
        var c = ring[triangle + 2];
        var point = (a * (1 - r1)) + (b * (r1 * (1 - r2))) + (c * (r1 * r2));
        var centroid = region.Centroid;
        return centroid + ((point - centroid) * Shrink);
    }
}
