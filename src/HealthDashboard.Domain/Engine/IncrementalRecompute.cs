using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;

namespace HealthDashboard.Domain.Engine;

/// <summary>
/// Recomputes what a batch of raw writes can change and nothing else: for each written (element, unit, month) the
/// cells of that year, at the unit and each of its ancestors, from their own raw values plus their children's
/// totals. Untouched pages are shared with the previous snapshot, which stays valid for whoever still reads it.
/// </summary>
public static class IncrementalRecompute
{
    /// <summary>The raw values to read for these keys, or null when only a full recompute can take them (a new unit, a year outside the snapshot).</summary>
    public static IReadOnlyList<OwnValueRequest>? Requests(AggregateSnapshot snapshot, IEnumerable<RawKey> keys)
    {
        var chains = new Dictionary<(long Element, int Year), HashSet<long>>();
        foreach (var key in keys)
        {
            if (snapshot.CubeOf(key.ElementId) is not { } cube)
            {
                continue;
            }

            var unit = snapshot.Units.IndexOf(key.OrgUnitId);
            if (unit < 0 || !cube.Layout.Covers(key.Period.Year))
            {
                return null;
            }

            if (!chains.TryGetValue((key.ElementId, key.Period.Year), out var ids))
            {
                chains[(key.ElementId, key.Period.Year)] = ids = [];
            }

            foreach (var u in cube.RollsUp ? snapshot.Units.SelfAndAncestors(unit) : [unit])
            {
                ids.Add(snapshot.Units.Units[u].Id);
            }
        }

        return chains.Select(c => new OwnValueRequest(c.Key.Element, c.Key.Year, c.Value.ToList())).ToList();
    }

    /// <param name="ownValues">The raw values answering <see cref="Requests"/>, as they are now in the database.</param>
    public static IncrementalResult Apply(AggregateSnapshot snapshot, IReadOnlyList<OwnValueRequest> requests, IReadOnlyList<RawValue> ownValues,
        long version, DateTimeOffset computedAt)
    {
        var own = ownValues.ToLookup(v => (v.ElementId, v.OrgUnitId, v.Period.Year));
        var cubes = new Dictionary<string, ElementCube>(snapshot.Cubes);
        var changed = new List<ChangedCell>();
        foreach (var request in requests)
        {
            var old = snapshot.CubeOf(request.ElementId)!;
            var cube = cubes[old.Element.Code] is var current && ReferenceEquals(current, old) ? old.CopyOnWrite() : current;
            cubes[old.Element.Code] = cube;
            var units = request.OrgUnitIds.Select(snapshot.Units.IndexOf).OrderByDescending(u => snapshot.Units.Depth[u]);
            foreach (var unit in units)
            {
                var mine = own[(request.ElementId, snapshot.Units.Units[unit].Id, request.Year)].ToList();
                foreach (var cell in cube.Layout.CellsOfYear(request.Year))
                {
                    var value = CellValue(cube, snapshot.Units, unit, cell, mine);
                    if (!SameValue(value, cube.Get(unit, cell)))
                    {
                        cube.WritableRow(unit)[cell] = value;
                        changed.Add(new ChangedCell(old.Element.Code, unit, cell));
                    }
                }
            }
        }

        foreach (var cube in cubes.Values)
        {
            cube.Freeze();
        }

        var next = new AggregateSnapshot(version, computedAt, snapshot.AsOf, snapshot.Catalog, snapshot.Units, cubes);
        return new IncrementalResult(next, changed);
    }

    /// <summary>The unit's own values in the cell's period (summed, or the latest for a stock) plus its children's totals.</summary>
    private static double CellValue(ElementCube cube, UnitIndex units, int unit, int cell, List<RawValue> mine)
    {
        var period = cube.Layout.PeriodAt(cell);
        var total = double.NaN;
        var inPeriod = mine.Where(v => v.Period.Type >= cube.Layout.Lowest && period.Contains(v.Period)).ToList();
        if (inPeriod.Count > 0)
        {
            total = cube.Element.Aggregation == AggregationType.LastValue
                ? inPeriod.MaxBy(v => RawValueRank.Of(v.Period))!.Value
                : inPeriod.Sum(v => v.Value);
        }

        if (cube.RollsUp)
        {
            foreach (var child in units.Children[unit])
            {
                var v = cube.Get(child, cell);
                if (!double.IsNaN(v))
                {
                    total = double.IsNaN(total) ? v : total + v;
                }
            }
        }

        return total;
    }

    private static bool SameValue(double a, double b) => a.Equals(b);
}
