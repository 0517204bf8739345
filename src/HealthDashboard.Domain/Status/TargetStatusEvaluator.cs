using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;

namespace HealthDashboard.Domain.Status;

/// <summary>
/// Judges a value for a year against one plan's targets for one unit and indicator (spec/indicators.md):
/// <list type="bullet">
/// <item>in a target's year the target decides: achieved or not achieved;</item>
/// <item>after the plan's last target year, the value is judged against that last target the same way;</item>
/// <item>before a target's year, a value that already meets it is achieved; otherwise it is compared with the
/// roadmap (<see cref="TargetRoadmap"/>): on or ahead of it is on track, behind it by at most a quarter of the leg's
/// span is at risk, further behind is off track. With no baseline there is no roadmap, and an unmet target is at risk.</item>
/// <item>an unstable value (<see cref="Aggregation.Stability"/>) whose 95 % interval holds the target or the roadmap's value
/// it was judged against is not judged: "not enough data to judge", whatever its point value says.</item>
/// </list>
/// </summary>
public static class TargetStatusEvaluator
{
    /// <summary>How far behind the line, as a share of the line's whole span, still counts as "at risk".</summary>
    public const double AtRiskShare = 0.25;

    /// <param name="interval">The value's 95 % interval when it is unstable; null when it can be read as a level.</param>
    public static StatusAssessment Evaluate(Direction direction, IReadOnlyList<Target> planTargets, int year, double? value,
        Func<int, double?> actualInYear, Interval? interval = null)
    {
        var judged = Judge(direction, planTargets, year, value, actualInYear);
        return interval is { } i && judged is { Target: { } target } && (i.Holds(target.Value) || judged.Expected is { } e && i.Holds(e))
            ? judged with { Status = TargetStatus.NotEnoughData, Interval = i }
            : judged;
    }

    private static StatusAssessment Judge(Direction direction, IReadOnlyList<Target> planTargets, int year, double? value,
        Func<int, double?> actualInYear)
    {
        var goals = TargetRoadmap.Goals(planTargets);
        if (value is not { } v || goals.Count == 0)
        {
            return StatusAssessment.NoData;
        }

        var next = goals.FirstOrDefault(t => t.Year >= year);
        if (next is null || next.Year == year)
        {
            var judged = next ?? goals[^1];
            return new StatusAssessment(TargetComparison.Meets(judged.Comparator, v, judged.Value) ? TargetStatus.Achieved : TargetStatus.NotAchieved,
                judged, null, next is null ? StatusBasis.AfterLastTarget : StatusBasis.TargetYear, year, v);
        }

        if (TargetComparison.Meets(next.Comparator, v, next.Value))
        {
            return new StatusAssessment(TargetStatus.Achieved, next, null, StatusBasis.MetEarly, year, v);
        }

        var leg = TargetRoadmap.Leg(planTargets, goals, next, actualInYear);
        if (leg.ExpectedIn(year) is not { } expected)
        {
            return new StatusAssessment(TargetStatus.AtRisk, next, null, StatusBasis.NoRoadmap, year, v);
        }

        // Positive when the value is worse than the line, in the indicator's own direction.
        var behind = direction == Direction.Up ? expected - v : v - expected;
        var tolerance = next.Comparator == Comparator.About ? TargetComparison.AboutTolerance : 0;
        var span = Math.Abs(next.Value - leg.FromValue!.Value);
        var status = behind <= tolerance ? TargetStatus.OnTrack
            : behind <= Math.Max(tolerance, span * AtRiskShare) ? TargetStatus.AtRisk
            : TargetStatus.OffTrack;
        return new StatusAssessment(status, next, expected, StatusBasis.Roadmap, year, v);
    }
}
