using System.Globalization;
using HealthDashboard.Data.Sample;
using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Data.Seeding;

/// <summary>
/// A synthetic country of any size for benchmarks: provinces of about 160 communes in districts of about 16, under
/// their own root (SYN) so they never mix with the sample provinces. Names say they are synthetic.
/// </summary>
public static class SyntheticAreas
{
    public const string RootCode = "SYN";
    private const int CommunesPerDistrict = 16;
    private const int DistrictsPerProvince = 10;

    public static IReadOnlyList<SampleUnit> Build(int communes)
    {
        if (communes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(communes), "At least one commune is needed.");
        }

        var areas = new List<SampleUnit> { new(RootCode, null, OrgUnitKind.Country, "Quốc gia tổng hợp", "Synthetic country", false, 106.0, 16.0) };
        var made = 0;
        for (var p = 1; made < communes; p++)
        {
            var province = $"{RootCode}_P{p:D3}";
            var (lon, lat) = (102.5 + (p - 1) % 8 * 0.9, 9 + (p - 1) / 8 * 1.6);
            areas.Add(new(province, RootCode, OrgUnitKind.Province, $"Tỉnh tổng hợp {p}", $"Synthetic province {p}", false, lon, lat));
            for (var d = 1; d <= DistrictsPerProvince && made < communes; d++)
            {
                var district = $"{province}_D{d:D2}";
                areas.Add(new(district, province, OrgUnitKind.District, $"Huyện tổng hợp {p}.{d}", $"Synthetic district {p}.{d}", false,
                    lon + (d - 1) % 4 * 0.2 - 0.3, lat + (d - 1) / 4 * 0.2 - 0.2));
                for (var c = 1; c <= CommunesPerDistrict && made < communes; c++, made++)
                {
                    var code = string.Create(CultureInfo.InvariantCulture, $"{district}_C{c:D2}");
                    areas.Add(new(code, district, OrgUnitKind.Commune, $"Xã tổng hợp {p}.{d}.{c}", $"Synthetic commune {p}.{d}.{c}", false, null, null));
                }
            }
        }

        return areas;
    }
}
