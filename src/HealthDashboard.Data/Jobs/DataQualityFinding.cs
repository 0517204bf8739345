namespace HealthDashboard.Data.Jobs;

/// <summary>One suspicious raw value. Reference is the denominator, or the unit's own mean for an outlier.</summary>
public sealed record DataQualityFinding
{
    public long Id { get; init; }
    public string CheckCode { get; init; } = "";
    public long DataElementId { get; init; }
    public long OrgUnitId { get; init; }
    public string Period { get; init; } = "";
    public double Value { get; init; }
    public double? Reference { get; init; }
    public string? IndicatorCode { get; init; }
}
