using HealthDashboard.Domain.Catalog;

namespace HealthDashboard.Domain.Status;

/// <summary>
/// One leg of a plan's roadmap (lộ trình) to a target: from its baseline (a declared "=" row, or the value actually
/// reached in the previous target year) to the target. A target with no baseline has no line, only its point.
/// </summary>
public sealed record RoadmapLeg(int? FromYear, double? FromValue, bool FromActual, Target Goal)
{
    /// <summary>
    /// True when the baseline already meets the target: a straight line would then lead away from the indicator's good
    /// direction (a coverage of 99 % "due" to fall to a 95 % target), so the roadmap holds the target instead.
    /// </summary>
    public bool Holds => FromValue is { } from && TargetComparison.Meets(Goal.Comparator, from, Goal.Value);

    /// <summary>Where the roadmap starts in <see cref="FromYear"/>: the baseline, or the target when it <see cref="Holds"/>.</summary>
    public double? StartValue => Holds ? Goal.Value : FromValue;

    /// <summary>The roadmap's value in a year from the baseline's to the target's; null without a line or outside it.</summary>
    public double? ExpectedIn(int year)
    {
        if (FromYear is not { } from || StartValue is not { } start || year < from || year > Goal.Year || Goal.Year == from)
        {
            return null;
        }

        return start + (Goal.Value - start) * (year - from) / (Goal.Year - from);
    }
}
