namespace HealthDashboard.Data.Jobs;

/// <summary>One page of findings and how many match the query in all.</summary>
public sealed record DataQualityPage(IReadOnlyList<DataQualityFinding> Rows, long Total);
