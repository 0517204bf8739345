using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Data.OrgUnits;

/// <summary>An org unit to insert, naming its parent by code; the store works out id, path and level.</summary>
public sealed record NewOrgUnit(string Code, string? ParentCode, OrgUnitKind Kind, string NameVi, string NameEn, bool IsSample)
{
    public DateOnly ValidFrom { get; init; } = new(2000, 1, 1);
    public DateOnly? ValidTo { get; init; }
}
