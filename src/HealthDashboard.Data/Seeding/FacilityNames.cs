using HealthDashboard.Data.OrgUnits;
using HealthDashboard.Data.Sample;
using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Data.Seeding;

/// <summary>The facility each area gets: a commune health station (TYT) per commune, a district health centre (TTYT) per district.</summary>
public static class FacilityNames
{
    public static string StationCode(string communeCode) => communeCode + "_TYT";

    public static string CentreCode(string districtCode) => districtCode + "_TTYT";

    public static NewOrgUnit StationOf(SampleUnit commune) => new(StationCode(commune.Code), commune.Code, OrgUnitKind.HealthStation,
        "Trạm Y tế " + StripPrefix(commune.NameVi, "Xã ", "Phường ", "Thị trấn "), "Health station " + StripPrefix(commune.NameEn, "Commune ", "Ward ", "Township "),
        !commune.NameIsReal);

    public static NewOrgUnit CentreOf(SampleUnit district) => new(CentreCode(district.Code), district.Code, OrgUnitKind.DistrictHealthCentre,
        "Trung tâm Y tế " + StripPrefix(district.NameVi, "Thành phố ", "Thị xã ", "Huyện "),
        StripPrefix(district.NameEn, "City ", "Town ", "District ") + " district health centre", !district.NameIsReal);

    private static string StripPrefix(string name, params string[] prefixes) =>
        prefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal)) is { } prefix ? name[prefix.Length..] : name;
}
