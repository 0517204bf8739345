using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Tests.Engine;

/// <summary>A persisted snapshot reads back exactly, and only onto the units and catalog it was computed for.</summary>
public class SnapshotSerializerTests
{
    private static readonly Period AsOf = Period.Month(2024, 9);

    [Fact]
    public void SnapshotReadBackEqualsTheWrittenOneCellByCell()
    {
        var (snapshot, units) = RandomSnapshot(3);

        var read = RoundTrip(snapshot, EngineCatalog.Embedded, units.Reverse().ToList());

        Assert.NotNull(read);
        var (copy, watermark) = read.Value;
        Assert.Equal(4711, watermark);
        Assert.Equal((snapshot.Version, snapshot.ComputedAt, snapshot.AsOf), (copy.Version, copy.ComputedAt, copy.AsOf));
        Assert.Empty(SnapshotCells.Differences(snapshot, copy));
        Assert.True(SnapshotCells.ValueCount(copy) > 10_000);
        var unit = copy.Units.IndexOf(units[1].Id);
        var indicator = copy.Indicator("HI_COV")!;
        Assert.Equal(snapshot.Value(indicator, unit, Period.OfYear(2023)), copy.Value(indicator, unit, Period.OfYear(2023)));
    }

    [Fact]
    public void SnapshotReadBackOntoAnotherUnitSetIsNull()
    {
        var (snapshot, units) = RandomSnapshot(4);
        var added = units.Append(units[^1] with { Id = 99_999, Code = "NEW", Path = units[^1].Path + "99999/" }).ToList();
        var removed = units.Take(units.Count - 1).ToList();
        var renumbered = units.Select(u => u.Id == units[^1].Id ? u with { Id = 99_999 } : u).ToList();

        Assert.Null(RoundTrip(snapshot, EngineCatalog.Embedded, added));
        Assert.Null(RoundTrip(snapshot, EngineCatalog.Embedded, removed));
        Assert.Null(RoundTrip(snapshot, EngineCatalog.Embedded, renumbered));
    }

    [Fact]
    public void SnapshotReadBackOntoACatalogWithAnElementsPeriodTypeChangedIsNull()
    {
        var (snapshot, units) = RandomSnapshot(5);
        var catalog = EngineCatalog.Embedded;
        var changed = catalog with
        {
            Elements = catalog.Elements.Select(e => e.Code == "LIVE_BIRTHS" ? e with { PeriodType = PeriodType.Quarter } : e).ToList(),
        };
        var extra = catalog with
        {
            Elements = [.. catalog.Elements, catalog.Elements[0] with { Id = 1000, Code = "NEW_ELEMENT" }],
        };

        Assert.Null(RoundTrip(snapshot, changed, units));
        Assert.Null(RoundTrip(snapshot, extra, units));
    }

    private static (AggregateSnapshot Snapshot, IReadOnlyList<OrgUnit> Units) RandomSnapshot(int seed)
    {
        var random = new Random(seed);
        var units = RandomTree.Create(random, provinces: 1);
        var values = RandomRawValues.Create(random, EngineCatalog.Embedded, units, 2023, AsOf);
        return (RawSnapshot.Build(EngineCatalog.Embedded, units, values, 2023, 2024, AsOf, version: 7), units);
    }

    private static (AggregateSnapshot Snapshot, long Watermark)? RoundTrip(AggregateSnapshot snapshot, IndicatorCatalog catalog, IReadOnlyList<OrgUnit> units)
    {
        using var stream = new MemoryStream();
        SnapshotSerializer.Write(snapshot, 4711, stream);
        stream.Position = 0;
        Assert.Equal(snapshot.Version, SnapshotSerializer.ReadVersion(stream));
        stream.Position = 0;
        return SnapshotSerializer.Read(stream, catalog, units);
    }
}
