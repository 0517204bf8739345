namespace HealthDashboard.Web.Jobs;

/// <summary>A run in progress on this node, as the in-process event tells it: no database round trip needed.</summary>
public sealed record LiveRun(long RunId, string JobKey, string Node, DateTime StartedAt, double Progress, bool Finished);
