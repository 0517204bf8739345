namespace HealthDashboard.Data.Reporting;

/// <summary>A station and a month (yyyyMM) whose report is owed but has no REPORT_DUE value yet.</summary>
public sealed record ReportDueKey
{
    public string UnitCode { get; init; } = "";
    public string Period { get; init; } = "";
}
