namespace HealthDashboard.Domain.Catalog;

/// <summary>
/// ratio = Σ numerator / Σ denominator × factor (never an average of child ratios); count = a sum;
/// stat = a figure entered for a unit and year (survey, statistics office), not aggregated from children.
/// </summary>
public enum IndicatorKind
{
    Ratio = 1,
    Count = 2,
    Stat = 3,
}
