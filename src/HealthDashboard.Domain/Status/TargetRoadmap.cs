using HealthDashboard.Domain.Catalog;

namespace HealthDashboard.Domain.Status;

/// <summary>
/// A plan's roadmap for one unit and indicator: a leg to each target year, the line that both the status and the trend
/// chart use. A leg starts from the plan's latest "=" row before its target year, unless an earlier target year is more
/// recent, in which case from the value actually reached in that year.
/// </summary>
public static class TargetRoadmap
{
    public static IReadOnlyList<RoadmapLeg> Legs(IReadOnlyList<Target> planTargets, Func<int, double?> actualInYear)
    {
        var goals = Goals(planTargets);
        return goals.Select(goal => Leg(planTargets, goals, goal, actualInYear)).ToList();
    }

    /// <summary>The targets proper (not the baselines), by year.</summary>
    public static IReadOnlyList<Target> Goals(IReadOnlyList<Target> planTargets) =>
        planTargets.Where(t => t.Comparator != Comparator.Baseline).OrderBy(t => t.Year).ToList();

    public static RoadmapLeg Leg(IReadOnlyList<Target> planTargets, IReadOnlyList<Target> goals, Target goal, Func<int, double?> actualInYear)
    {
        var declared = planTargets.Where(t => t.Comparator == Comparator.Baseline && t.Year < goal.Year).MaxBy(t => t.Year);
        var earlierGoal = goals.Where(t => t.Year < goal.Year).MaxBy(t => t.Year);
        if (declared is not null && (earlierGoal is null || declared.Year >= earlierGoal.Year))
        {
            return new RoadmapLeg(declared.Year, declared.Value, false, goal);
        }

        return earlierGoal is not null && actualInYear(earlierGoal.Year) is { } actual
            ? new RoadmapLeg(earlierGoal.Year, actual, true, goal)
            : new RoadmapLeg(null, null, false, goal);
    }
}
