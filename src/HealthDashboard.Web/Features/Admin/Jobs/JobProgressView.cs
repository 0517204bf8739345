namespace HealthDashboard.Web.Features.Admin.Jobs;

/// <summary>A running job's bar: which node runs it and how far it is (0…1).</summary>
public sealed record JobProgressView(string Node, double Progress);
