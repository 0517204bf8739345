using HealthDashboard.Domain.Engine;

namespace HealthDashboard.Data.Tests.Aggregates;

/// <summary>Cell-by-cell comparison of two snapshots over the same units.</summary>
internal static class SnapshotCells
{
    /// <summary>Every (element, unit, cell) whose value differs, NaN (no data) equal to NaN.</summary>
    public static List<ChangedCell> Differences(AggregateSnapshot a, AggregateSnapshot b)
    {
        Assert.Equal(a.Units.Units.Select(u => u.Id), b.Units.Units.Select(u => u.Id));
        Assert.Equal(a.Cubes.Keys.Order(), b.Cubes.Keys.Order());
        var differences = new List<ChangedCell>();
        foreach (var (code, left) in a.Cubes)
        {
            var right = b.Cubes[code];
            Assert.Equal((left.Layout.FirstYear, left.Layout.Years, left.Layout.Lowest), (right.Layout.FirstYear, right.Layout.Years, right.Layout.Lowest));
            for (var unit = 0; unit < a.Units.Count; unit++)
            {
                for (var cell = 0; cell < left.Layout.Stride; cell++)
                {
                    if (!left.Get(unit, cell).Equals(right.Get(unit, cell)))
                    {
                        differences.Add(new ChangedCell(code, unit, cell));
                    }
                }
            }
        }

        return differences;
    }

    /// <summary>How many cells hold a value: a comparison of empty snapshots would prove nothing.</summary>
    public static int ValueCount(AggregateSnapshot snapshot) =>
        snapshot.Cubes.Values.Sum(c => Enumerable.Range(0, snapshot.Units.Count).Sum(u => Enumerable.Range(0, c.Layout.Stride).Count(i => !double.IsNaN(c.Get(u, i)))));

    public static string Describe(AggregateSnapshot snapshot, ChangedCell cell) =>
        $"{cell.ElementCode} {snapshot.Units.Units[cell.Unit].Code} {snapshot.Cubes[cell.ElementCode].Layout.PeriodAt(cell.Cell)}";
}
