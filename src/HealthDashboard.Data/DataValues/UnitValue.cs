namespace HealthDashboard.Data.DataValues;

/// <summary>One stored value of a unit as the report form reads it: what, for when, how much, and who last changed it when.</summary>
public sealed class UnitValue
{
    public long ElementId { get; init; }
    public string ElementCode { get; init; } = "";
    public string Period { get; init; } = "";
    public double Value { get; init; }
    public string? Comment { get; init; }
    public string? StoredBy { get; init; }
    public DateTime UpdatedAt { get; init; }
}
