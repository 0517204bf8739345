using HealthDashboard.Domain.Geo;

namespace HealthDashboard.Domain.Tests.Geo;

public class SampleBoundaryGeneratorTests
{
    private const int Seed = 20250701;

    private static readonly Lazy<SampleUnitsFile> File = new(SampleUnitsFile.Load);
    private static readonly Lazy<IReadOnlyDictionary<string, GeoPolygon>> Polygons =
        new(() => SampleBoundaryGenerator.Generate(File.Value.BoundaryUnits(), Seed));

    [Fact]
    public void EveryProvinceDistrictAndCommuneGetsAPolygonButTheCountryDoesNot()
    {
        var expected = File.Value.Rows.Where(r => r.Kind != "country").Select(r => r.Code).Order(StringComparer.Ordinal);

        Assert.Equal(expected, Polygons.Value.Keys);
    }

    [Fact]
    public void TheSameUnitsAndSeedGiveByteIdenticalGeoJson()
    {
        var units = File.Value.BoundaryUnits();
        var shuffled = units.Reverse().ToList();

        var first = GeoJsonWriter.ToJson(SampleBoundaryGenerator.Generate(units, Seed), code => code);
        var second = GeoJsonWriter.ToJson(SampleBoundaryGenerator.Generate(shuffled, Seed), code => code);

        Assert.Equal(first, second);
    }

    [Fact]
    public void ADifferentSeedDrawsDifferentCommunes()
    {
        var other = SampleBoundaryGenerator.Generate(File.Value.BoundaryUnits(), Seed + 1);

        Assert.NotEqual(Polygons.Value["AG_LXU_01"].Ring, other["AG_LXU_01"].Ring);
        Assert.Equal(Polygons.Value["AG_LXU"].Ring, other["AG_LXU"].Ring);
    }

    [Fact]
    public void EveryCommuneCellLiesInsideItsDistrictAndEveryDistrictInsideItsProvince()
    {
        foreach (var row in File.Value.Rows.Where(r => r.Kind is "district" or "commune"))
        {
            var overhang = GeoShapes.WorstOverhang(Polygons.Value[row.Code], Polygons.Value[row.ParentCode!]);

            Assert.True(overhang <= 1e-9, $"{row.Code} reaches {overhang:E2}° outside {row.ParentCode}");
        }
    }

    [Fact]
    public void ChildrenTileTheirParentExactly()
    {
        foreach (var parent in File.Value.Rows.Where(r => r.Kind is "province" or "district"))
        {
            var children = File.Value.Rows.Where(r => r.ParentCode == parent.Code).Sum(r => Polygons.Value[r.Code].Area);
            var area = Polygons.Value[parent.Code].Area;

            Assert.True(Math.Abs(children - area) / area < 1e-9, $"the children of {parent.Code} cover {children} of {area}");
        }
    }

    [Fact]
    public void DistrictsContainTheirRealCentre()
    {
        Assert.All(File.Value.OfKind("district"), d => Assert.True(Polygons.Value[d.Code].DistanceInside(d.Site!.Value) > 0, d.Code));
    }

    [Fact]
    public void AProvinceWithOneDistrictIsAPolygonAroundItAndTheDistrictFillsIt()
    {
        var province = Polygons.Value["LC"];

        Assert.True(province.Ring.Count >= 6, $"the outline has only {province.Ring.Count} corners");
        Assert.Equal(province.Area, Polygons.Value["LC_PTH"].Area, 12);
        Assert.True(province.DistanceInside(File.Value.Rows.Single(r => r.Code == "LC_PTH").Site!.Value) > ProvinceOutline.LonelyRadius / 2);
    }

    [Fact]
    public void UnitsWithoutSitesAreStillDrawnInsideTheirParent()
    {
        BoundaryUnit[] units =
        [
            new("VN", null), new("P", "VN", new(106, 11)),
            new("P_A", "P"), new("P_B", "P"), new("P_C", "P"),
            new("P_A_01", "P_A"), new("P_A_02", "P_A"), new("P_A_03", "P_A", new(0, 0)),
        ];

        var polygons = SampleBoundaryGenerator.Generate(units, Seed);

        Assert.Equal(["P", "P_A", "P_A_01", "P_A_02", "P_A_03", "P_B", "P_C"], polygons.Keys);
        Assert.All(["P_A_01", "P_A_02", "P_A_03"], c => Assert.True(GeoShapes.WorstOverhang(polygons[c], polygons["P_A"]) <= 1e-9));
    }

    [Fact]
    public void StableHashDoesNotDependOnTheProcess()
    {
        // The published FNV-1a 32-bit value of "a"; string.GetHashCode would differ from run to run.
        Assert.Equal(0xE40C292Cu, StableHash.Fnv1a("a"));
    }
}
