using HealthDashboard.Data.OrgUnits;
using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Data.Tests.Aggregates;

/// <summary>A random tree to insert: a country, provinces, districts each with a health centre and communes, most with a station.</summary>
internal static class RandomUnits
{
    public static List<NewOrgUnit> Create(Random random, int provinces, int minCommunes, int maxCommunes)
    {
        var units = new List<NewOrgUnit> { Unit("VN", null, OrgUnitKind.Country) };
        for (var p = 1; p <= provinces; p++)
        {
            var province = $"P{p}";
            units.Add(Unit(province, "VN", OrgUnitKind.Province));
            for (var d = 1; d <= random.Next(3, 5); d++)
            {
                var district = $"{province}D{d}";
                units.Add(Unit(district, province, OrgUnitKind.District));
                units.Add(Unit(district + "H", district, OrgUnitKind.DistrictHealthCentre));
                for (var c = 1; c <= random.Next(minCommunes, maxCommunes + 1); c++)
                {
                    var commune = $"{district}C{c}";
                    units.Add(Unit(commune, district, OrgUnitKind.Commune));
                    if (random.NextDouble() < 0.85)
                    {
                        units.Add(Unit(commune + "S", commune, OrgUnitKind.HealthStation));
                    }
                }
            }
        }

        return units;
    }

    private static NewOrgUnit Unit(string code, string? parent, OrgUnitKind kind) => new(code, parent, kind, code, code, true);
}
