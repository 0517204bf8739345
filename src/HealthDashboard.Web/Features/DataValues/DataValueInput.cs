namespace HealthDashboard.Web.Features.DataValues;

/// <summary>
/// One value as a person or a program gave it (entry form, import row, API), all text, before any checking: codes of
/// the element and unit, the period in DHIS2 notation, the value as written ("12", "0.5", "true").
/// </summary>
public sealed record DataValueInput(string? DataElement, string? OrgUnit, string? Period, string? Value, string? Comment = null);
