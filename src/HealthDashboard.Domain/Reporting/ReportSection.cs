namespace HealthDashboard.Domain.Reporting;

/// <summary>A group of the monthly report's fields, as a station's paper form groups them.</summary>
public sealed record ReportSection(string Key, string NameVi, string NameEn, IReadOnlyList<string> ElementCodes)
{
    public string Name(bool vietnamese) => vietnamese ? NameVi : NameEn;
}
