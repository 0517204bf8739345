namespace HealthDashboard.Web.Features.DataValues;

/// <summary>
/// One value as a person or a program gave it (entry form, import row, API), all text, before any checking: codes of
/// the element and unit, the period in DHIS2 notation, the value as written ("12", "0.5", "true").
/// </summary>
public sealed record DataValueInput(string? DataElement, string? OrgUnit, string? Period, string? Value, string? Comment = null)
{
    /// <summary>
    /// DHIS2's <c>deleted</c> as written ("true", "false", or null when absent): "true" asks for the stored value to be
    /// removed, and then <see cref="Value"/> is not needed or checked.
    /// </summary>
    public string? Deleted { get; init; }

    /// <summary>The deletion of the value stored under this key, as the form and the API ask for it.</summary>
    public static DataValueInput Deletion(string dataElement, string orgUnit, string period) => new(dataElement, orgUnit, period, null) { Deleted = "true" };
}
