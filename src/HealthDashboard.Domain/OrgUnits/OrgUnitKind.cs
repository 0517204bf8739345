namespace HealthDashboard.Domain.OrgUnits;

/// <summary>
/// What an org unit is. Administrative areas nest country → province → district → commune; facilities hang
/// under the area they serve (a commune health station under its commune, a district health centre under its district).
/// </summary>
public enum OrgUnitKind
{
    Country = 1,
    Province = 2,
    District = 3,
    Commune = 4,
    HealthStation = 10,
    DistrictHealthCentre = 11,
}
