namespace HealthDashboard.Domain.Engine;

/// <summary>
/// While a snapshot is built, remembers for each stock cell (a unit's quarter or year) how late in the year the
/// value it holds was reported, so that the latest month wins whatever order the raw values arrive in.
/// </summary>
internal sealed class StockLatest(PeriodLayout layout, int unitCount)
{
    private readonly byte[]?[] _pages = new byte[]?[(unitCount + ElementCube.PageUnits - 1) >> ElementCube.PageShift];

    public void Place(Span<double> row, int unit, ReadOnlySpan<int> cells, byte rank, double value)
    {
        var page = _pages[unit >> ElementCube.PageShift] ??= new byte[ElementCube.PageUnits * layout.Stride];
        var offset = (unit & (ElementCube.PageUnits - 1)) * layout.Stride;
        foreach (var cell in cells)
        {
            if (rank >= page[offset + cell])
            {
                row[cell] = value;
                page[offset + cell] = rank;
            }
        }
    }
}
