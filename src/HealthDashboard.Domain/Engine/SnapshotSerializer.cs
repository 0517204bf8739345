using System.Runtime.InteropServices;
using System.Text;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Engine;

/// <summary>
/// Writes a snapshot as its raw pages so a restart reads it back in well under a second instead of recomputing.
/// It is read back only onto the same units and data elements it was computed for: anything else (a unit added, an
/// element's period type changed) returns null and the caller recomputes.
/// </summary>
public static class SnapshotSerializer
{
    private const string Magic = "HDSNAP1";

    public static void Write(AggregateSnapshot snapshot, long watermark, Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(snapshot.Version);
        writer.Write(snapshot.ComputedAt.UtcTicks);
        writer.Write(snapshot.AsOf.ToString());
        writer.Write(watermark);
        writer.Write(snapshot.Units.Count);
        foreach (var unit in snapshot.Units.Units)
        {
            writer.Write(unit.Id);
        }

        writer.Write(snapshot.Cubes.Count);
        foreach (var cube in snapshot.Cubes.Values)
        {
            writer.Write(cube.Element.Code);
            writer.Write((int)cube.Layout.Lowest);
            writer.Write(cube.Layout.FirstYear);
            writer.Write(cube.Layout.Years);
            writer.Write(cube.RollsUp);
            writer.Write(cube.Pages.Count);
            for (var p = 0; p < cube.Pages.Count; p++)
            {
                if (cube.Pages[p] is { } page)
                {
                    writer.Write(p);
                    writer.Write(MemoryMarshal.AsBytes(page.AsSpan()));
                }
            }

            writer.Write(-1);
        }
    }

    /// <summary>The version in a snapshot's header (the first bytes are enough), or 0 when it is not a snapshot.</summary>
    public static long ReadVersion(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        return reader.ReadString() == Magic ? reader.ReadInt64() : 0;
    }

    /// <summary>The snapshot and the watermark it was written with, or null when it no longer fits the units or catalog.</summary>
    public static (AggregateSnapshot Snapshot, long Watermark)? Read(Stream stream, IndicatorCatalog catalog, IReadOnlyList<OrgUnit> units)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic)
        {
            return null;
        }

        var version = reader.ReadInt64();
        var computedAt = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
        var asOf = Period.Parse(reader.ReadString());
        var watermark = reader.ReadInt64();
        var index = new UnitIndex(units);
        var count = reader.ReadInt32();
        if (count != index.Count)
        {
            return null;
        }

        for (var i = 0; i < count; i++)
        {
            if (reader.ReadInt64() != index.Units[i].Id)
            {
                return null;
            }
        }

        var elements = catalog.Elements.ToDictionary(e => e.Code);
        var cubes = new Dictionary<string, ElementCube>();
        var cubeCount = reader.ReadInt32();
        for (var c = 0; c < cubeCount; c++)
        {
            var code = reader.ReadString();
            var lowest = (PeriodType)reader.ReadInt32();
            var layout = new PeriodLayout(reader.ReadInt32(), reader.ReadInt32(), lowest);
            var rollsUp = reader.ReadBoolean();
            var pageCount = reader.ReadInt32();
            if (!elements.TryGetValue(code, out var element) || element.PeriodType != lowest)
            {
                return null;
            }

            var cube = new ElementCube(element, layout, count, rollsUp);
            if (cube.Pages.Count != pageCount)
            {
                return null;
            }

            for (var p = reader.ReadInt32(); p >= 0; p = reader.ReadInt32())
            {
                var page = new double[ElementCube.PageUnits * layout.Stride];
                reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(page.AsSpan()));
                cube.LoadPage(p, page);
            }

            cubes[code] = cube.Freeze();
        }

        if (catalog.Elements.Any(e => !cubes.ContainsKey(e.Code)))
        {
            return null;
        }

        return (new AggregateSnapshot(version, computedAt, asOf, catalog, index, cubes), watermark);
    }
}
