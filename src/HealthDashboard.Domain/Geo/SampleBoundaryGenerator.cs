namespace HealthDashboard.Domain.Geo;

/// <summary>
/// Draws SAMPLE boundaries for a country → province → district → commune tree, because real boundaries are not
/// available offline. Each province is a convex outline around its districts' centres, its districts are the Voronoi
/// cells of those centres inside it, and each district is split into Voronoi cells of random, Lloyd-relaxed commune
/// sites, so provinces are tiled exactly by their districts and districts by their communes. Provinces are drawn
/// independently and may overlap a neighbour. Same units and seed give the same polygons in every process: all
/// randomness comes from System.Random seeded through <see cref="StableHash"/>.
/// </summary>
public static class SampleBoundaryGenerator
{
    /// <summary>Two relaxation steps already turn random slivers into even cells; more would make a regular honeycomb.</summary>
    private const int LloydSteps = 2;

    /// <summary>
    /// Polygons for every province, district and commune (not the country), keyed by code in ordinal order. Levels are
    /// counted from the roots (units without parent): 1 = province, 2 = district, 3 = commune; deeper units (health
    /// stations) are ignored. A commune's own site is used when it lies inside its district's cell.
    /// </summary>
    public static IReadOnlyDictionary<string, GeoPolygon> Generate(IReadOnlyList<BoundaryUnit> units, int seed)
    {
        ArgumentNullException.ThrowIfNull(units);
        var tree = new BoundaryTree(units);
        var result = new SortedDictionary<string, GeoPolygon>(StringComparer.Ordinal);
        foreach (var country in tree.Roots)
        {
            foreach (var province in tree.ChildrenOf(country))
            {
                AddProvince(tree, province, seed, result);
            }
        }

        return result;
    }

    private static void AddProvince(BoundaryTree tree, BoundaryUnit province, int seed, IDictionary<string, GeoPolygon> result)
    {
        var districts = tree.ChildrenOf(province);
        var centres = districts.Where(d => d.Site is not null).Select(d => d.Site!.Value).ToList();
        if (centres.Count == 0 && province.Site is { } own)
        {
            centres.Add(own);
        }

        if (centres.Count == 0)
        {
            throw new ArgumentException($"Neither the province '{province.Code}' nor any of its districts has a site: there is nowhere to draw it.");
        }

        var random = new Random(StableHash.Seed(seed, province.Code));
        var outline = ProvinceOutline.Around(centres, random);
        result[province.Code] = outline;
        if (districts.Count == 0)
        {
            return;
        }

        // District centres are real places, so they are not relaxed; only the missing ones are drawn.
        var pinned = districts.Select(d => d.Site).ToList();
        var cells = VoronoiTiler.Tile(outline, RandomSites.Fill(outline, pinned, random));
        for (var i = 0; i < districts.Count; i++)
        {
            result[districts[i].Code] = cells[i];
            AddCommunes(tree, districts[i], cells[i], seed, result);
        }
    }

    private static void AddCommunes(BoundaryTree tree, BoundaryUnit district, GeoPolygon cell, int seed, IDictionary<string, GeoPolygon> result)
    {
        var communes = tree.ChildrenOf(district);
        if (communes.Count == 0)
        {
            return;
        }

        // Seeded per district, so adding a commune elsewhere does not redraw this district.
        var random = new Random(StableHash.Seed(seed, district.Code));
        var pinned = communes.Select(c => c.Site is { } s && cell.DistanceInside(s) > 0 ? s : (GeoPoint?)null).ToList();
        var sites = RandomSites.Relax(cell, RandomSites.Fill(cell, pinned, random), pinned, LloydSteps);
        var cells = VoronoiTiler.Tile(cell, sites);
        for (var i = 0; i < communes.Count; i++)
        {
            result[communes[i].Code] = cells[i];
        }
    }
}
