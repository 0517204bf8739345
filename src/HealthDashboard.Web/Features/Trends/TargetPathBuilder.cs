using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Status;

namespace HealthDashboard.Web.Features.Trends;

/// <summary>
/// The roadmap drawn on a trend: for each target year, the straight line that <see cref="TargetStatusEvaluator"/>
/// judges the years before it against. The evaluator keeps its baseline rule private, so it is restated here the
/// same way: the plan's latest "=" row before the target year, unless an earlier target year is more recent, in which
/// case the value actually reached in that year; a status test and a path test pin both to the same figures.
/// </summary>
public static class TargetPathBuilder
{
    public static IReadOnlyList<TargetPathSegment> Build(IReadOnlyList<Target> planTargets, Func<int, double?> actualInYear)
    {
        var goals = planTargets.Where(t => t.Comparator != Comparator.Baseline).OrderBy(t => t.Year).ToList();
        var segments = new List<TargetPathSegment>(goals.Count);
        foreach (var goal in goals)
        {
            var declared = planTargets.Where(t => t.Comparator == Comparator.Baseline && t.Year < goal.Year).MaxBy(t => t.Year);
            var earlierGoal = goals.Where(t => t.Year < goal.Year).MaxBy(t => t.Year);
            if (declared is not null && (earlierGoal is null || declared.Year >= earlierGoal.Year))
            {
                segments.Add(new TargetPathSegment(declared.Year, declared.Value, false, goal));
            }
            else if (earlierGoal is not null && actualInYear(earlierGoal.Year) is { } actual)
            {
                segments.Add(new TargetPathSegment(earlierGoal.Year, actual, true, goal));
            }
            else
            {
                segments.Add(new TargetPathSegment(null, null, false, goal));
            }
        }

        return segments;
    }
}
