using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Web.Tests.Components;

/// <summary>A small tree of five levels, country down to a station, for the components that show units.</summary>
internal static class SampleUnits
{
    public static readonly OrgUnit Country = Unit(1, "VN", null, OrgUnitKind.Country, "Việt Nam", "Viet Nam");
    public static readonly OrgUnit Province = Unit(2, "AG", 1, OrgUnitKind.Province, "An Giang", "An Giang");
    public static readonly OrgUnit District = Unit(3, "AG_LXU", 2, OrgUnitKind.District, "Thành phố Long Xuyên", "Long Xuyen City");
    public static readonly OrgUnit OtherDistrict = Unit(4, "AG_CDO", 2, OrgUnitKind.District, "Huyện Châu Đốc", "Chau Doc District");
    public static readonly OrgUnit Commune = Unit(5, "AG_LXU_01", 3, OrgUnitKind.Commune, "Phường Mỹ Bình", "My Binh Ward");
    public static readonly OrgUnit Station = Unit(6, "AG_LXU_01_TYT", 5, OrgUnitKind.HealthStation, "Trạm Y tế Mỹ Bình", "My Binh Health Station");

    public static OrgUnitTree Tree() => new([Country, Province, District, OtherDistrict, Commune, Station]);

    private static OrgUnit Unit(long id, string code, long? parent, OrgUnitKind kind, string vi, string en) =>
        new() { Id = id, Code = code, ParentId = parent, Kind = kind, NameVi = vi, NameEn = en };
}
