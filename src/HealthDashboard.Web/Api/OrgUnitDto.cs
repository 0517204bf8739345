using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Web.Api;

/// <summary>An org unit as <c>GET /api/orgUnits</c> lists it; <see cref="HasChildren"/> lets a client tree expand lazily.</summary>
public sealed record OrgUnitDto(string Code, string Name, string NameEn, int Level, string Kind, bool HasChildren)
{
    public static OrgUnitDto From(OrgUnit unit, OrgUnitTree tree) =>
        new(unit.Code, unit.NameVi, unit.NameEn, unit.Level, OrgUnitKindNames.ToName(unit.Kind), tree.ChildrenOf(unit).Count > 0);
}
