using HealthDashboard.Domain.Engine;

namespace HealthDashboard.Data.Aggregates;

/// <summary>Figures about a snapshot for summaries and benchmarks.</summary>
public static class SnapshotStatistics
{
    /// <summary>How many aggregates (element, unit, period) hold a value.</summary>
    public static long CountValues(AggregateSnapshot snapshot)
    {
        long count = 0;
        foreach (var cube in snapshot.Cubes.Values)
        {
            foreach (var page in cube.Pages)
            {
                foreach (var v in page ?? [])
                {
                    count += double.IsNaN(v) ? 0 : 1;
                }
            }
        }

        return count;
    }

    public static long AllocatedBytes(AggregateSnapshot snapshot) => snapshot.Cubes.Values.Sum(c => c.AllocatedBytes);
}
