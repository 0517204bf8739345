namespace HealthDashboard.Domain.Engine;

/// <summary>
/// The cells in which two snapshots differ, found page by page (pages shared between versions are skipped without
/// a look), so that after a full recompute only what actually changed is pushed to screens.
/// </summary>
public static class SnapshotDiff
{
    /// <summary>The changed cells, or null when the snapshots are not comparable or differ in more than <paramref name="limit"/> cells.</summary>
    public static IReadOnlyList<ChangedCell>? Changed(AggregateSnapshot before, AggregateSnapshot after, int limit)
    {
        if (!ReferenceEquals(before.Units, after.Units) && before.Units.Count != after.Units.Count)
        {
            return null;
        }

        var changed = new List<ChangedCell>();
        foreach (var (code, next) in after.Cubes)
        {
            if (!before.Cubes.TryGetValue(code, out var previous) || previous.Layout.Stride != next.Layout.Stride
                || previous.Layout.FirstYear != next.Layout.FirstYear)
            {
                return null;
            }

            for (var p = 0; p < next.Pages.Count; p++)
            {
                var (a, b) = (previous.Pages[p], next.Pages[p]);
                if (ReferenceEquals(a, b))
                {
                    continue;
                }

                for (var i = 0; i < (a ?? b)!.Length; i++)
                {
                    var (x, y) = (a?[i] ?? double.NaN, b?[i] ?? double.NaN);
                    if (!x.Equals(y))
                    {
                        changed.Add(new ChangedCell(code, (p << ElementCube.PageShift) + i / next.Layout.Stride, i % next.Layout.Stride));
                        if (changed.Count > limit)
                        {
                            return null;
                        }
                    }
                }
            }
        }

        return changed;
    }
}
