using HealthDashboard.Domain.Catalog;

namespace HealthDashboard.Domain.Engine;

/// <summary>
/// One data element's aggregates: for every unit, a row of cells (see <see cref="PeriodLayout"/>) holding the
/// subtree's total, NaN for "no data". Rows are grouped in pages of <see cref="PageUnits"/> units, allocated only
/// where some unit has data, and shared between snapshot versions: an incremental change copies the pages it
/// touches and nothing else.
/// </summary>
public sealed class ElementCube
{
    public const int PageShift = 6;
    public const int PageUnits = 1 << PageShift;

    private readonly double[]?[] _pages;

    // Pages this cube may write in place: the ones it allocated or copied itself, never those shared with an older version.
    private readonly bool[] _owned;

    public ElementCube(DataElement element, PeriodLayout layout, int unitCount, bool rollsUp)
    {
        Element = element;
        Layout = layout;
        RollsUp = rollsUp;
        _pages = new double[]?[(unitCount + PageUnits - 1) >> PageShift];
        _owned = new bool[_pages.Length];
    }

    private ElementCube(ElementCube source)
    {
        Element = source.Element;
        Layout = source.Layout;
        RollsUp = source.RollsUp;
        _pages = (double[]?[])source._pages.Clone();
        _owned = new bool[_pages.Length];
    }

    public DataElement Element { get; }
    public PeriodLayout Layout { get; }

    /// <summary>False for an element behind a stat indicator: a figure entered per unit, never summed up the tree.</summary>
    public bool RollsUp { get; }

    public int AllocatedPages => _pages.Count(p => p is not null);
    public long AllocatedBytes => (long)AllocatedPages * PageUnits * Layout.Stride * sizeof(double);

    public double Get(int unit, int cell)
    {
        var page = _pages[unit >> PageShift];
        return page is null ? double.NaN : page[(unit & (PageUnits - 1)) * Layout.Stride + cell];
    }

    public ReadOnlySpan<double> Row(int unit)
    {
        var page = _pages[unit >> PageShift];
        return page is null ? default : page.AsSpan((unit & (PageUnits - 1)) * Layout.Stride, Layout.Stride);
    }

    public bool HasRow(int unit) => _pages[unit >> PageShift] is not null;

    /// <summary>A version that shares every page with this one until written to.</summary>
    public ElementCube CopyOnWrite() => new(this);

    /// <summary>The unit's row for writing: allocates a NaN-filled page, or copies a shared one, first.</summary>
    public Span<double> WritableRow(int unit)
    {
        var p = unit >> PageShift;
        if (!_owned[p])
        {
            var copy = new double[PageUnits * Layout.Stride];
            if (_pages[p] is { } shared)
            {
                shared.CopyTo(copy, 0);
            }
            else
            {
                Array.Fill(copy, double.NaN);
            }

            _pages[p] = copy;
            _owned[p] = true;
        }

        return _pages[p].AsSpan((unit & (PageUnits - 1)) * Layout.Stride, Layout.Stride);
    }

    /// <summary>Ends writing: from now on every write copies its page first, so readers of this version never see one.</summary>
    public ElementCube Freeze()
    {
        Array.Clear(_owned);
        return this;
    }

    /// <summary>Pages for the serializer: null where no unit of the page has data.</summary>
    public IReadOnlyList<double[]?> Pages => _pages;

    /// <summary>Sets a page read back by the serializer.</summary>
    public void LoadPage(int page, double[] values)
    {
        _pages[page] = values;
        _owned[page] = true;
    }
}
