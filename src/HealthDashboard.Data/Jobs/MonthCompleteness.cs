namespace HealthDashboard.Data.Jobs;

/// <summary>Whether one reporting unit reported for one month (period yyyyMM), and how many values it sent.</summary>
public sealed record MonthCompleteness
{
    public long OrgUnitId { get; init; }
    public string Period { get; init; } = "";
    public bool Reported { get; init; }
    public long ValueCount { get; init; }
}
