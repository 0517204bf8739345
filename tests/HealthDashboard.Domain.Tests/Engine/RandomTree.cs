using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Domain.Tests.Engine;

/// <summary>
/// A random tree of a few hundred units: a country, provinces, districts each with a health centre and communes,
/// most communes with a health station.
/// </summary>
internal static class RandomTree
{
    public static IReadOnlyList<OrgUnit> Create(Random random, int provinces = 3)
    {
        var units = new List<OrgUnit>();
        var country = Add(units, null, OrgUnitKind.Country);
        for (var p = 0; p < provinces; p++)
        {
            var province = Add(units, country, OrgUnitKind.Province);
            for (var d = random.Next(4, 6); d > 0; d--)
            {
                var district = Add(units, province, OrgUnitKind.District);
                Add(units, district, OrgUnitKind.DistrictHealthCentre);
                for (var c = random.Next(8, 14); c > 0; c--)
                {
                    var commune = Add(units, district, OrgUnitKind.Commune);
                    if (random.NextDouble() < 0.85)
                    {
                        Add(units, commune, OrgUnitKind.HealthStation);
                    }
                }
            }
        }

        return units;
    }

    private static OrgUnit Add(List<OrgUnit> units, OrgUnit? parent, OrgUnitKind kind)
    {
        var id = units.Count + 101;
        var unit = new OrgUnit
        {
            Id = id, Code = $"U{id}", NameVi = $"U{id}", NameEn = $"U{id}", ParentId = parent?.Id, Kind = kind,
            Path = $"{parent?.Path ?? "/"}{id}/", Level = (parent?.Level ?? 0) + 1,
        };
        units.Add(unit);
        return unit;
    }
}
