using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Engine;

/// <summary>
/// A unit's element figures for a year counted from January through one month, read from the snapshot's cells: a
/// flow sums its months (or the quarters that end by then), a stock takes each reporting unit's latest value up to
/// that month, as the year's own cell takes each one's latest of the year. A yearly figure has no months and counts whole.
/// </summary>
internal sealed class YearToDate(AggregateSnapshot snapshot, int unit, Period lastMonth)
{
    private readonly Period _year = Period.OfYear(lastMonth.Year);

    public double? ElementValue(string code)
    {
        if (!snapshot.Cubes.TryGetValue(code, out var cube) || unit < 0 || cube.Layout.IndexOf(_year) is not (>= 0 and var yearCell)
            || !double.IsFinite(cube.Get(unit, yearCell)))
        {
            // Nothing in the whole year is nothing in part of it either.
            return null;
        }

        var counted = CellsCounted(cube.Layout);
        return cube.Element.Aggregation == AggregationType.Sum || cube.Layout.Lowest == PeriodType.Year
            ? SumOf(cube, unit, counted)
            : new StockWalk(snapshot.Units, cube, yearCell, counted, CellsAfter(cube.Layout)).Latest(unit);
    }

    public int? MonthsCovered(Indicator indicator) => snapshot.MonthsReported(indicator, unit, _year, lastMonth);

    /// <summary>The cells counted, in order: the months up to the last one, the quarters over by then, or the year.</summary>
    private int[] CellsCounted(PeriodLayout layout) => layout.Lowest switch
    {
        PeriodType.Month => Enumerable.Range(1, lastMonth.Index).Select(m => layout.IndexOf(Period.Month(lastMonth.Year, m))).ToArray(),
        PeriodType.Quarter => Enumerable.Range(1, lastMonth.Index / 3).Select(q => layout.IndexOf(Period.Quarter(lastMonth.Year, q))).ToArray(),
        _ => [layout.IndexOf(_year)],
    };

    /// <summary>The cells of the same year left out: where nothing is, a subtree's year cell is already its figure.</summary>
    private int[] CellsAfter(PeriodLayout layout) => layout.Lowest switch
    {
        PeriodType.Month => Enumerable.Range(lastMonth.Index + 1, 12 - lastMonth.Index).Select(m => layout.IndexOf(Period.Month(lastMonth.Year, m))).ToArray(),
        PeriodType.Quarter => Enumerable.Range(lastMonth.Index / 3 + 1, 4 - lastMonth.Index / 3).Select(q => layout.IndexOf(Period.Quarter(lastMonth.Year, q))).ToArray(),
        _ => [],
    };

    private static double? SumOf(ElementCube cube, int at, int[] cells)
    {
        double total = 0;
        var any = false;
        foreach (var cell in cells)
        {
            var value = cube.Get(at, cell);
            if (!double.IsNaN(value))
            {
                total += value;
                any = true;
            }
        }

        return any && double.IsFinite(total) ? total : null;
    }

    /// <summary>
    /// A stock's cells hold the sum of each reporting unit's value in the period, so the latest per unit up to a month
    /// is found unit by unit down the subtree and added up. A subtree with nothing after that month has its year
    /// cell for figure. A unit's own part (a commune's doctors beside its station's, in data stored before the write
    /// path refused values at areas) is its cell less its children's; a zero stored there beside its children's values
    /// cannot be told from none, and an earlier value of its own is taken instead.
    /// </summary>
    private sealed class StockWalk(UnitIndex units, ElementCube cube, int yearCell, int[] counted, int[] after)
    {
        public double? Latest(int at)
        {
            var year = cube.Get(at, yearCell);
            if (double.IsNaN(year))
            {
                return null;
            }

            if (after.All(cell => double.IsNaN(cube.Get(at, cell))))
            {
                return year;
            }

            var children = units.Children[at];
            if (children.Length == 0)
            {
                return LastOwn(at, children);
            }

            double total = 0;
            var any = false;
            foreach (var child in children)
            {
                if (Latest(child) is { } part)
                {
                    (total, any) = (total + part, true);
                }
            }

            if (LastOwn(at, children) is { } own)
            {
                (total, any) = (total + own, true);
            }

            return any ? total : null;
        }

        /// <summary>The unit's own latest value among the counted cells: its cell less its children's.</summary>
        private double? LastOwn(int at, int[] children)
        {
            for (var i = counted.Length - 1; i >= 0; i--)
            {
                var cell = cube.Get(at, counted[i]);
                if (double.IsNaN(cell))
                {
                    continue;
                }

                double fromChildren = 0;
                var anyChild = false;
                foreach (var child in children)
                {
                    if (cube.Get(child, counted[i]) is var part && !double.IsNaN(part))
                    {
                        (fromChildren, anyChild) = (fromChildren + part, true);
                    }
                }

                if (!anyChild || cell != fromChildren)
                {
                    return cell - fromChildren;
                }
            }

            return null;
        }
    }
}
