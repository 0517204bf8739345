using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Engine;

/// <summary>
/// Where each period of a year range sits in a unit's row of cells. An element reported monthly has a cell for
/// every month, quarter and year (months first, then quarters, then years); one reported yearly has only years, so a
/// yearly element costs a twelfth of the memory a monthly one does.
/// </summary>
public sealed class PeriodLayout
{
    public PeriodLayout(int firstYear, int years, PeriodType lowest)
    {
        FirstYear = firstYear;
        Years = years;
        Lowest = lowest;
        _monthCells = lowest == PeriodType.Month ? 12 * years : 0;
        _quarterCells = lowest <= PeriodType.Quarter ? 4 * years : 0;
        Stride = _monthCells + _quarterCells + years;
    }

    private readonly int _monthCells;
    private readonly int _quarterCells;

    public int FirstYear { get; }
    public int Years { get; }
    public int LastYear => FirstYear + Years - 1;
    public PeriodType Lowest { get; }

    /// <summary>Cells per unit.</summary>
    public int Stride { get; }

    public bool Covers(int year) => year >= FirstYear && year <= LastYear;

    /// <summary>The cell of a period, or −1 when the layout has none (a month of a yearly element, a year out of range).</summary>
    public int IndexOf(Period period)
    {
        if (period.Type < Lowest || !Covers(period.Year))
        {
            return -1;
        }

        var y = period.Year - FirstYear;
        return period.Type switch
        {
            PeriodType.Month => y * 12 + period.Index - 1,
            PeriodType.Quarter => _monthCells + y * 4 + period.Index - 1,
            _ => _monthCells + _quarterCells + y,
        };
    }

    public Period PeriodAt(int cell)
    {
        if (cell < _monthCells)
        {
            return Period.Month(FirstYear + cell / 12, cell % 12 + 1);
        }

        cell -= _monthCells;
        if (cell < _quarterCells)
        {
            return Period.Quarter(FirstYear + cell / 4, cell % 4 + 1);
        }

        return Period.OfYear(FirstYear + cell - _quarterCells);
    }

    /// <summary>The cells a raw value of this period counts in: its own, its quarter's and its year's.</summary>
    public int ContainingCells(Period raw, Span<int> cells)
    {
        var count = 0;
        foreach (var type in (ReadOnlySpan<PeriodType>)[PeriodType.Month, PeriodType.Quarter, PeriodType.Year])
        {
            if (type >= raw.Type && IndexOf(raw.ContainingOf(type)) is var cell and >= 0)
            {
                cells[count++] = cell;
            }
        }

        return count;
    }

    /// <summary>Every cell of one year: its months, quarters and the year itself, as far as the layout has them.</summary>
    public IEnumerable<int> CellsOfYear(int year)
    {
        if (!Covers(year))
        {
            yield break;
        }

        var y = year - FirstYear;
        for (var m = 0; m < (Lowest == PeriodType.Month ? 12 : 0); m++)
        {
            yield return y * 12 + m;
        }

        for (var q = 0; q < (Lowest <= PeriodType.Quarter ? 4 : 0); q++)
        {
            yield return _monthCells + y * 4 + q;
        }

        yield return _monthCells + _quarterCells + y;
    }
}
