using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Engine;

/// <summary>
/// A unit's element figures for a year counted from January through one month, read from the snapshot's cells: a
/// flow sums its months (or the quarters that end by then), a stock takes each facility's latest value up to that
/// month, as the year's own cell takes each one's latest of the year. A yearly figure has no months and counts whole.
/// </summary>
internal sealed class YearToDate(AggregateSnapshot snapshot, int unit, Period lastMonth)
{
    private readonly Period _year = Period.OfYear(lastMonth.Year);

    public double? ElementValue(string code)
    {
        if (!snapshot.Cubes.TryGetValue(code, out var cube) || snapshot.ElementValue(code, unit, _year) is null)
        {
            // Nothing in the whole year is nothing in part of it either (and spares a stock its walk down the tree).
            return null;
        }

        var periods = PeriodsCounted(cube.Layout.Lowest);
        return cube.Element.Aggregation == AggregationType.Sum || cube.Layout.Lowest == PeriodType.Year
            ? Sum(periods.Select(p => snapshot.ElementValue(code, unit, p)))
            : Latest(code, unit, periods);
    }

    public int? MonthsCovered(Indicator indicator) => snapshot.MonthsReported(indicator, unit, _year, lastMonth);

    private IReadOnlyList<Period> PeriodsCounted(PeriodType lowest) => lowest switch
    {
        PeriodType.Month => Enumerable.Range(1, lastMonth.Index).Select(m => Period.Month(lastMonth.Year, m)).ToList(),
        PeriodType.Quarter => Enumerable.Range(1, lastMonth.Index / 3).Select(q => Period.Quarter(lastMonth.Year, q)).ToList(),
        _ => [_year],
    };

    /// <summary>
    /// A stock's cells hold the sum of each reporting unit's value in the period, and the latest per unit up to a month
    /// is not among them: it is found unit by unit down the subtree and added up. A unit's own part of a cell is the
    /// cell less its children's (a commune may report its doctors beside its station's).
    /// </summary>
    private double? Latest(string code, int at, IReadOnlyList<Period> periods)
    {
        var children = snapshot.Units.Children[at].Where(child => snapshot.ElementValue(code, child, _year) is not null).ToList();
        return Sum([OwnLatest(code, at, children, periods), .. children.Select(child => Latest(code, child, periods))]);
    }

    private double? OwnLatest(string code, int at, IReadOnlyList<int> children, IReadOnlyList<Period> periods)
    {
        for (var i = periods.Count - 1; i >= 0; i--)
        {
            if (snapshot.ElementValue(code, at, periods[i]) is not { } cell)
            {
                continue;
            }

            var fromChildren = Sum(children.Select(child => snapshot.ElementValue(code, child, periods[i])));
            if (fromChildren is not { } part)
            {
                return cell;
            }

            if (cell != part)
            {
                return cell - part;
            }
        }

        return null;
    }

    private static double? Sum(IEnumerable<double?> parts)
    {
        double total = 0;
        var any = false;
        foreach (var part in parts)
        {
            if (part is { } value)
            {
                total += value;
                any = true;
            }
        }

        return any && double.IsFinite(total) ? total : null;
    }
}
