using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Web.Features.Overview;

/// <summary>
/// The plans a unit's filter offers: its own and its ancestors' (An Giang's for Long Xuyên), and those that name no
/// unit (a national directive); not every province's, whose targets could never apply to it.
/// </summary>
public static class CoveringPlans
{
    public static IReadOnlyList<Plan> Of(OrgUnitTree tree, string unitCode, IReadOnlyList<Plan> plans)
    {
        if (tree.Find(unitCode) is not { } unit)
        {
            return plans;
        }

        var covering = tree.AncestorsOf(unit).Prepend(unit).Select(u => u.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return plans.Where(p => p.OrgUnitCode is null || covering.Contains(p.OrgUnitCode)).ToList();
    }
}
