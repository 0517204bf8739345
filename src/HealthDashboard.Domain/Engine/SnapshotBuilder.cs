using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Engine;

/// <summary>
/// Builds a snapshot from a stream of raw values in any order, in two steps: each value goes into its own unit's
/// row (a flow adds to its month, quarter and year; a stock keeps the latest month of each), then every row is added
/// into its parent's, deepest units first, so each unit ends up with its subtree's total. The old snapshot is not
/// touched: a build that fails or is cancelled leaves it serving.
/// </summary>
public sealed class SnapshotBuilder
{
    private readonly IndicatorCatalog _catalog;
    private readonly Dictionary<long, ElementCube> _cubeById = [];
    private readonly Dictionary<long, StockLatest> _stocks = [];

    public SnapshotBuilder(IndicatorCatalog catalog, UnitIndex units, int firstYear, int lastYear)
    {
        _catalog = catalog;
        Units = units;
        FirstYear = firstYear;
        LastYear = lastYear;
        var statElements = catalog.Indicators.Where(i => i.Kind == IndicatorKind.Stat).SelectMany(i => i.ElementCodes).ToHashSet();
        foreach (var element in catalog.Elements)
        {
            var layout = new PeriodLayout(firstYear, lastYear - firstYear + 1, element.PeriodType);
            _cubeById[element.Id] = new ElementCube(element, layout, units.Count, rollsUp: !statElements.Contains(element.Code));
            if (element.Aggregation == AggregationType.LastValue)
            {
                _stocks[element.Id] = new StockLatest(layout, units.Count);
            }
        }
    }

    public UnitIndex Units { get; }
    public int FirstYear { get; }
    public int LastYear { get; }

    private readonly Lock _outOfRangeGate = new();

    /// <summary>The earliest and latest years seen outside the range: the caller rebuilds with a wider one.</summary>
    public (int Min, int Max)? OutOfRange { get; private set; }

    /// <summary>The element ids in <paramref name="count"/> groups of about equal size, to be read side by side.</summary>
    public IReadOnlyList<IReadOnlyList<long>> ElementPartitions(int count) =>
        _cubeById.Keys.Order().Select((id, i) => (id, i)).GroupBy(p => p.i % count).Select(g => (IReadOnlyList<long>)g.Select(p => p.id).ToList()).ToList();

    /// <summary>
    /// Places one raw value; false when it is ignored (an unknown element or unit, a period finer than the element is
    /// reported in, or a year outside the range). Calls for different elements may run on different threads.
    /// </summary>
    public bool Add(long elementId, long orgUnitId, Period period, double value)
    {
        var unit = Units.IndexOf(orgUnitId);
        if (!_cubeById.TryGetValue(elementId, out var cube) || unit < 0 || period.Type < cube.Layout.Lowest)
        {
            return false;
        }

        if (!cube.Layout.Covers(period.Year))
        {
            lock (_outOfRangeGate)
            {
                OutOfRange = OutOfRange is { } r ? (Math.Min(r.Min, period.Year), Math.Max(r.Max, period.Year)) : (period.Year, period.Year);
            }

            return false;
        }

        Span<int> cells = stackalloc int[3];
        var count = cube.Layout.ContainingCells(period, cells);
        var row = cube.WritableRow(unit);
        if (_stocks.TryGetValue(elementId, out var latest))
        {
            latest.Place(row, unit, cells[..count], RawValueRank.Of(period), value);
        }
        else
        {
            foreach (var cell in cells[..count])
            {
                row[cell] = double.IsNaN(row[cell]) ? value : row[cell] + value;
            }
        }

        return true;
    }

    public AggregateSnapshot Build(long version, DateTimeOffset computedAt, Period asOf, CancellationToken cancellationToken = default)
    {
        var cubes = new Dictionary<string, ElementCube>();
        foreach (var cube in _cubeById.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (cube.RollsUp)
            {
                RollUp(cube, Units);
            }

            cubes[cube.Element.Code] = cube.Freeze();
        }

        return new AggregateSnapshot(version, computedAt, asOf, _catalog, Units, cubes);
    }

    /// <summary>Adds every unit's row into its parent's, children before parents.</summary>
    private static void RollUp(ElementCube cube, UnitIndex units)
    {
        foreach (var unit in units.DeepestFirst)
        {
            var parent = units.Parent[unit];
            if (parent < 0 || !cube.HasRow(unit))
            {
                continue;
            }

            var source = cube.Row(unit);
            if (AllNaN(source))
            {
                continue;
            }

            var target = cube.WritableRow(parent);
            for (var i = 0; i < source.Length; i++)
            {
                var v = source[i];
                if (!double.IsNaN(v))
                {
                    target[i] = double.IsNaN(target[i]) ? v : target[i] + v;
                }
            }
        }
    }

    private static bool AllNaN(ReadOnlySpan<double> row)
    {
        foreach (var v in row)
        {
            if (!double.IsNaN(v))
            {
                return false;
            }
        }

        return true;
    }
}
