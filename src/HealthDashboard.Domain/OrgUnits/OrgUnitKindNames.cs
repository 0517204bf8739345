namespace HealthDashboard.Domain.OrgUnits;

/// <summary>The stable text names of <see cref="OrgUnitKind"/> used in files, the database and the API.</summary>
public static class OrgUnitKindNames
{
    private static readonly Dictionary<string, OrgUnitKind> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["country"] = OrgUnitKind.Country,
        ["province"] = OrgUnitKind.Province,
        ["district"] = OrgUnitKind.District,
        ["commune"] = OrgUnitKind.Commune,
        ["station"] = OrgUnitKind.HealthStation,
        ["dhc"] = OrgUnitKind.DistrictHealthCentre,
    };

    public static string ToName(OrgUnitKind kind) => ByName.First(p => p.Value == kind).Key;

    public static OrgUnitKind Parse(string name) =>
        ByName.TryGetValue(name.Trim(), out var kind)
            ? kind
            : throw new FormatException($"Unknown org unit kind '{name}' (expected one of: {string.Join(", ", ByName.Keys)}).");

    public static bool IsFacility(OrgUnitKind kind) => kind is OrgUnitKind.HealthStation or OrgUnitKind.DistrictHealthCentre;
}
