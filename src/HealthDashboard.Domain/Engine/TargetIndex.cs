using HealthDashboard.Domain.Catalog;

namespace HealthDashboard.Domain.Engine;

/// <summary>
/// Finds the plan targets that apply to a unit: the unit's own, else the nearest ancestor's (a province's target
/// applies to its districts and communes unless they have their own). Where one unit has targets in several plans,
/// the plan whose next target year comes first is the one judged against.
/// </summary>
public sealed class TargetIndex
{
    private readonly Dictionary<(string Indicator, string Unit), List<Target>> _byOwner = [];

    public TargetIndex(IEnumerable<Target> targets)
    {
        foreach (var t in targets.Where(t => t.OrgUnitCode is not null))
        {
            var key = (t.IndicatorCode, t.OrgUnitCode!.ToUpperInvariant());
            if (!_byOwner.TryGetValue(key, out var list))
            {
                _byOwner[key] = list = [];
            }

            list.Add(t);
        }
    }

    /// <summary>One plan's targets (with its baselines) for the unit and year, or empty when none applies.</summary>
    public IReadOnlyList<Target> PlanTargetsFor(string indicatorCode, IEnumerable<string> selfAndAncestorCodes, int year)
    {
        foreach (var code in selfAndAncestorCodes)
        {
            if (_byOwner.TryGetValue((indicatorCode, code.ToUpperInvariant()), out var own))
            {
                var plans = own.GroupBy(t => t.PlanCode).Where(g => g.Any(t => t.Comparator != Comparator.Baseline)).ToList();
                var chosen = plans.MinBy(g => NextGoalYear(g, year)) ?? plans.FirstOrDefault();
                return chosen?.ToList() ?? [];
            }
        }

        return [];
    }

    private static int NextGoalYear(IEnumerable<Target> plan, int year)
    {
        var goals = plan.Where(t => t.Comparator != Comparator.Baseline).Select(t => t.Year).ToList();
        // A plan whose every target year has passed ranks after every plan still running.
        return goals.Where(y => y >= year).DefaultIfEmpty(int.MaxValue - 1).Min();
    }
}
