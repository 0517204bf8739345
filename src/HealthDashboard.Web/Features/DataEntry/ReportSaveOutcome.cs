namespace HealthDashboard.Web.Features.DataEntry;

/// <summary>
/// How a save went: how many values were written and how many stored ones deleted, or why none was (the message says
/// it in both languages).
/// </summary>
public sealed record ReportSaveOutcome(bool Saved, int Written, int Conflicts, (string Vi, string En)? Message, int Deleted = 0);
