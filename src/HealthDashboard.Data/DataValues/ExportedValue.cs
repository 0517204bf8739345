namespace HealthDashboard.Data.DataValues;

/// <summary>A raw value by codes, with who stored it and when, as a DHIS2 data value set lists it.</summary>
public sealed record ExportedValue(string DataElement, string OrgUnit, string Period, double Value, string? Comment, string? StoredBy, DateTime UpdatedAt);
