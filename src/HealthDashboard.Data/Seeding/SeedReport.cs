namespace HealthDashboard.Data.Seeding;

/// <summary>What a seed or generate run wrote, and how long it took.</summary>
public sealed record SeedReport(int OrgUnits, int Communes, long Values, int Boundaries, TimeSpan Elapsed);
