using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Web.Localization;

/// <summary>The glossary's names of each kind of unit in both languages at once, for messages that carry both.</summary>
public static class OrgUnitKindWords
{
    public static (string Vi, string En) Of(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Country => ("Quốc gia", "Country"),
        OrgUnitKind.Province => ("Tỉnh", "Province"),
        OrgUnitKind.District => ("Huyện", "District"),
        OrgUnitKind.Commune => ("Xã", "Commune"),
        OrgUnitKind.HealthStation => ("Trạm Y tế xã", "Commune health station"),
        OrgUnitKind.DistrictHealthCentre => ("Trung tâm Y tế huyện", "District health centre"),
        _ => (kind.ToString(), kind.ToString()),
    };
}
