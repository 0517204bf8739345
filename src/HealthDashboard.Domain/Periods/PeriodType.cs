namespace HealthDashboard.Domain.Periods;

/// <summary>How long a period lasts; ordered from shortest to longest so comparisons read naturally.</summary>
public enum PeriodType
{
    Month = 1,
    Quarter = 2,
    Year = 3,
}
