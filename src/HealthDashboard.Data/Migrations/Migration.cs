namespace HealthDashboard.Data.Migrations;

/// <summary>One versioned schema step, as SQL for the engine at hand.</summary>
public sealed record Migration(int Version, string Name, string Sql);
