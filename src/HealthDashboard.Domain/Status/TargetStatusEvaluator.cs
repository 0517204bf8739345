using HealthDashboard.Domain.Catalog;

namespace HealthDashboard.Domain.Status;

/// <summary>
/// Judges a value for a year against one plan's targets for one unit and indicator (spec/indicators.md):
/// at or after a target year the target itself decides (achieved or off track); before it, a value that already
/// meets the target is achieved, and otherwise it is compared with the straight line from the latest baseline to
/// the next target: on or ahead of the line is on track, behind it by at most a quarter of the line's span is at
/// risk, further behind is off track. The baseline is the plan's latest "=" row before the year, else the actual
/// value in the latest earlier target year; with no baseline there is no line, and an unmet target is at risk.
/// </summary>
public static class TargetStatusEvaluator
{
    /// <summary>How far behind the line, as a share of the line's whole span, still counts as "at risk".</summary>
    public const double AtRiskShare = 0.25;

    public static StatusAssessment Evaluate(Direction direction, IReadOnlyList<Target> planTargets, int year, double? value,
        Func<int, double?> actualInYear)
    {
        var goals = planTargets.Where(t => t.Comparator != Comparator.Baseline).OrderBy(t => t.Year).ToList();
        if (value is not { } v || goals.Count == 0)
        {
            return StatusAssessment.NoData;
        }

        var next = goals.FirstOrDefault(t => t.Year >= year) ?? goals[^1];
        var met = TargetComparison.Meets(next.Comparator, v, next.Value);
        if (met || year >= next.Year)
        {
            return new StatusAssessment(met ? TargetStatus.Achieved : TargetStatus.OffTrack, next, null);
        }

        if (Baseline(planTargets, goals, year, actualInYear) is not { } baseline)
        {
            return new StatusAssessment(TargetStatus.AtRisk, next, null);
        }

        var expected = baseline.Value + (next.Value - baseline.Value) * (year - baseline.Year) / (next.Year - baseline.Year);
        // Positive when the value is worse than the line, in the indicator's own direction.
        var behind = direction == Direction.Up ? expected - v : v - expected;
        var tolerance = next.Comparator == Comparator.About ? TargetComparison.AboutTolerance : 0;
        var span = Math.Abs(next.Value - baseline.Value);
        var status = behind <= tolerance ? TargetStatus.OnTrack
            : behind <= Math.Max(tolerance, span * AtRiskShare) ? TargetStatus.AtRisk
            : TargetStatus.OffTrack;
        return new StatusAssessment(status, next, expected);
    }

    private static (int Year, double Value)? Baseline(IReadOnlyList<Target> all, IReadOnlyList<Target> goals, int year, Func<int, double?> actualInYear)
    {
        var declared = all.Where(t => t.Comparator == Comparator.Baseline && t.Year < year).MaxBy(t => t.Year);
        var earlierGoal = goals.Where(t => t.Year < year).MaxBy(t => t.Year);
        if (declared is not null && (earlierGoal is null || declared.Year >= earlierGoal.Year))
        {
            return (declared.Year, declared.Value);
        }

        return earlierGoal is not null && actualInYear(earlierGoal.Year) is { } actual ? (earlierGoal.Year, actual) : null;
    }
}
