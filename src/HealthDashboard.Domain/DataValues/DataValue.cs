using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.DataValues;

/// <summary>One raw value: (data element, org unit, period) → value, unique, with who stored it and when.</summary>
public sealed record DataValue
{
    public required string ElementCode { get; init; }
    public required string OrgUnitCode { get; init; }
    public Period Period { get; init; }
    public double Value { get; init; }
    public string? Comment { get; init; }
    public string? StoredBy { get; init; }
    public DateTime UpdatedAt { get; init; }
}
