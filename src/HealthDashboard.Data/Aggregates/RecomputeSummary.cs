namespace HealthDashboard.Data.Aggregates;

/// <summary>What a full recompute did: the CLI prints it as JSON, the job history stores it.</summary>
public sealed record RecomputeSummary(
    long Version,
    long RawValues,
    long Aggregates,
    int OrgUnits,
    int FirstYear,
    int LastYear,
    double LoadMs,
    double ComputeMs,
    double PersistMs,
    DateTimeOffset ComputedAt)
{
    public double TotalMs => LoadMs + ComputeMs + PersistMs;
}
