using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Data.OrgUnits;

/// <summary>The org_unit table's row shape, for Dapper.</summary>
internal sealed class OrgUnitRow
{
    public const string Columns = "id, code, name_vi AS NameVi, name_en AS NameEn, parent_id AS ParentId, path, level, kind, valid_from AS ValidFrom, valid_to AS ValidTo, is_sample AS IsSample";

    public long Id { get; set; }
    public string Code { get; set; } = "";
    public string NameVi { get; set; } = "";
    public string NameEn { get; set; } = "";
    public long? ParentId { get; set; }
    public string Path { get; set; } = "";
    public int Level { get; set; }
    public string Kind { get; set; } = "";
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public bool IsSample { get; set; }

    public OrgUnit ToOrgUnit() => new()
    {
        Id = Id,
        Code = Code,
        NameVi = NameVi,
        NameEn = NameEn,
        ParentId = ParentId,
        Path = Path,
        Level = Level,
        Kind = OrgUnitKindNames.Parse(Kind),
        ValidFrom = ValidFrom,
        ValidTo = ValidTo,
        IsSample = IsSample,
    };
}
