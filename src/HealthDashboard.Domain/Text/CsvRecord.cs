namespace HealthDashboard.Domain.Text;

/// <summary>One parsed CSV record with the line it started on, for messages that say where a problem is.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
