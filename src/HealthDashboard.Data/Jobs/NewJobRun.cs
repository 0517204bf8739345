namespace HealthDashboard.Data.Jobs;

/// <summary>What is known of a run when it starts.</summary>
public sealed record NewJobRun(string JobKey, string FireId, bool Manual, string? RequestedBy, string Node, DateTime StartedAt);
