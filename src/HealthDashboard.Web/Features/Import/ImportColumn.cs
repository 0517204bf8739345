namespace HealthDashboard.Web.Features.Import;

/// <summary>The columns an import knows, whatever the spelling of the header (ours, DHIS2's camelCase or lower case).</summary>
public enum ImportColumn
{
    DataElement,
    OrgUnit,
    Period,
    Value,
    Comment,
    CategoryOptionCombo,
    AttributeOptionCombo,

    /// <summary>Optional, in every format: true removes the stored value (DHIS2's deleted column); the value may then be empty.</summary>
    Deleted,

    /// <summary>DHIS2's storedBy, lastUpdated, created, followup: read and ignored (we record who imports).</summary>
    Ignored,
}
