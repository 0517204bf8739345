using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Domain.Catalog;

/// <summary>
/// Finds the target that applies to a unit: one set for the unit itself, else the nearest ancestor's (a province's
/// target applies to its districts and communes), for the plan's next target year from a given year on.
/// </summary>
public static class TargetFinder
{
    public static Target? NextTarget(IEnumerable<Target> targets, OrgUnitTree tree, OrgUnit unit, string indicatorCode, int fromYear, string? planCode = null)
    {
        var candidates = targets.Where(t => t.IndicatorCode == indicatorCode && t.OrgUnitCode is not null && t.Comparator != Comparator.Baseline
            && (planCode is null || t.PlanCode == planCode)).ToList();
        foreach (var owner in tree.AncestorsOf(unit).Prepend(unit))
        {
            var own = candidates.Where(t => string.Equals(t.OrgUnitCode, owner.Code, StringComparison.OrdinalIgnoreCase)).ToList();
            if (own.Count > 0)
            {
                // The next target year still ahead; when every target year has passed, the latest one (now overdue).
                return own.Where(t => t.Year >= fromYear).MinBy(t => t.Year) ?? own.MaxBy(t => t.Year);
            }
        }

        return null;
    }
}
