namespace HealthDashboard.Web.Features.DataEntry;

/// <summary>Whether the month's report was marked complete, on time or late, by whom and when.</summary>
public sealed record ReportCompletion(bool Done, bool OnTime, string? By, DateTime? At)
{
    public static readonly ReportCompletion NotDone = new(false, false, null, null);
}
