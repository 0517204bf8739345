namespace HealthDashboard.Data.DataValues;

/// <summary>A raw value as the database holds it, to tell a new value from an update or from the same value again.</summary>
public sealed record StoredValue(double Value, string? Comment);
