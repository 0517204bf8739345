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

    /// <summary>DHIS2's storedBy, lastUpdated, created, followup, deleted: read and ignored (we record who imports).</summary>
    Ignored,
}
