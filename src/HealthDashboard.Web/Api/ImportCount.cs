namespace HealthDashboard.Web.Api;

/// <summary>
/// DHIS2's importCount: values created, replaced, left alone (equal to the stored value, a deletion of a value that is
/// not stored, or not written because of a conflict) and stored values deleted.
/// </summary>
public sealed record ImportCount(int Imported, int Updated, int Ignored, int Deleted);
