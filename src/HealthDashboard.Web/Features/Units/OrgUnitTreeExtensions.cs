using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Web.Features.Units;

public static class OrgUnitTreeExtensions
{
    /// <summary>
    /// The unit the overview opens on: the first province in tree order (An Giang in the sample), because a
    /// country-wide view is the slowest page and rarely the one a health officer wants first.
    /// </summary>
    public static OrgUnit? DefaultUnit(this OrgUnitTree tree)
    {
        var queue = new Queue<OrgUnit>(tree.Roots);
        while (queue.Count > 0)
        {
            var unit = queue.Dequeue();
            if (unit.Kind == OrgUnitKind.Province)
            {
                return unit;
            }

            foreach (var child in tree.ChildrenOf(unit))
            {
                queue.Enqueue(child);
            }
        }

        return tree.Roots.FirstOrDefault();
    }

    /// <summary>The station itself, or the one health station of a commune; null for any other unit.</summary>
    public static OrgUnit? StationOf(this OrgUnitTree tree, OrgUnit unit) => unit.Kind switch
    {
        OrgUnitKind.HealthStation => unit,
        OrgUnitKind.Commune => tree.ChildrenOf(unit).FirstOrDefault(c => c.Kind == OrgUnitKind.HealthStation),
        _ => null,
    };
}
