namespace HealthDashboard.Domain.Catalog;

/// <summary>Whether a value meets a target; "~" counts as met within ±0.5 of the target value.</summary>
public static class TargetComparison
{
    public const double AboutTolerance = 0.5;

    public static bool Meets(Comparator comparator, double value, double target) => comparator switch
    {
        Comparator.AtLeast => value >= target,
        Comparator.MoreThan => value > target,
        Comparator.AtMost => value <= target,
        Comparator.LessThan => value < target,
        Comparator.About => Math.Abs(value - target) <= AboutTolerance,
        _ => true,
    };
}
