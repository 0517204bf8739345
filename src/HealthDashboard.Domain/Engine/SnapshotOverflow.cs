namespace HealthDashboard.Domain.Engine;

/// <summary>
/// Finds the aggregates whose total went beyond what a double holds: only values stored by hand beyond every range can
/// add up so far. The snapshot reads them as no value (<see cref="AggregateSnapshot.ElementValue"/>); the service logs
/// these counts so that someone corrects the values rather than wonders why a figure is missing.
/// </summary>
public static class SnapshotOverflow
{
    /// <summary>Per element code, how many of its cells overflowed, over the whole snapshot.</summary>
    public static IReadOnlyDictionary<string, int> Find(AggregateSnapshot snapshot)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (code, cube) in snapshot.Cubes)
        {
            var count = 0;
            foreach (var page in cube.Pages)
            {
                if (page is not null)
                {
                    count += page.Count(double.IsInfinity);
                }
            }

            if (count > 0)
            {
                found[code] = count;
            }
        }

        return found;
    }

    /// <summary>The same among the cells an incremental recompute changed.</summary>
    public static IReadOnlyDictionary<string, int> Find(AggregateSnapshot snapshot, IEnumerable<ChangedCell> changed) =>
        changed.Where(c => snapshot.Cubes.TryGetValue(c.ElementCode, out var cube) && double.IsInfinity(cube.Get(c.Unit, c.Cell)))
            .GroupBy(c => c.ElementCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
