using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Web.Features.Map;

/// <summary>Which areas a map colours inside its unit: its districts, or its communes (through every district).</summary>
public enum MapLevel
{
    District = 1,
    Commune = 2,
}

public static class MapLevels
{
    public static string ToName(MapLevel level) => level == MapLevel.District ? "district" : "commune";

    public static MapLevel? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "district" => MapLevel.District,
        "commune" => MapLevel.Commune,
        _ => null,
    };

    public static OrgUnitKind KindOf(MapLevel level) => level == MapLevel.District ? OrgUnitKind.District : OrgUnitKind.Commune;

    /// <summary>The level a unit's map opens at: the areas right below it (a province's districts, a district's communes).</summary>
    public static MapLevel? DefaultFor(OrgUnitKind unitKind) => unitKind switch
    {
        OrgUnitKind.Country or OrgUnitKind.Province => MapLevel.District,
        OrgUnitKind.District => MapLevel.Commune,
        _ => null,
    };

    /// <summary>Whether a unit of this kind has areas of the level below it (a district has no districts inside).</summary>
    public static bool Fits(OrgUnitKind unitKind, MapLevel level) => unitKind switch
    {
        OrgUnitKind.Country or OrgUnitKind.Province => true,
        OrgUnitKind.District => level == MapLevel.Commune,
        _ => false,
    };
}
