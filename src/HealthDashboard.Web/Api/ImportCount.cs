namespace HealthDashboard.Web.Api;

/// <summary>DHIS2's importCount: values created, replaced, left alone (equal to the stored value, or not written because of a conflict) and deleted (never, here).</summary>
public sealed record ImportCount(int Imported, int Updated, int Ignored, int Deleted);
