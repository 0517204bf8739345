using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Domain.Tests.Engine;

/// <summary>
/// The hand-computed fixtures' tree: VN → province P → districts D1 (communes C1, C2) and D2 (commune C3); the
/// health station S1 hangs under C1.
/// </summary>
internal static class FixtureTree
{
    public static IReadOnlyList<OrgUnit> Units { get; } =
    [
        Unit(1, "VN", null, OrgUnitKind.Country, "/1/"),
        Unit(2, "P", 1, OrgUnitKind.Province, "/1/2/"),
        Unit(3, "D1", 2, OrgUnitKind.District, "/1/2/3/"),
        Unit(4, "D2", 2, OrgUnitKind.District, "/1/2/4/"),
        Unit(5, "C1", 3, OrgUnitKind.Commune, "/1/2/3/5/"),
        Unit(6, "C2", 3, OrgUnitKind.Commune, "/1/2/3/6/"),
        Unit(7, "C3", 4, OrgUnitKind.Commune, "/1/2/4/7/"),
        Unit(8, "S1", 5, OrgUnitKind.HealthStation, "/1/2/3/5/8/"),
    ];

    public static long Id(string code) => Units.Single(u => u.Code == code).Id;

    private static OrgUnit Unit(long id, string code, long? parent, OrgUnitKind kind, string path) =>
        new() { Id = id, Code = code, NameVi = code, NameEn = code, ParentId = parent, Kind = kind, Path = path, Level = path.Count(c => c == '/') - 1 };
}
