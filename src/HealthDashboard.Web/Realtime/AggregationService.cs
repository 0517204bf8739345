using HealthDashboard.Data.Aggregates;

namespace HealthDashboard.Web.Realtime;

/// <summary>
/// Keeps the live snapshot: loads the persisted one at start (or computes it), applies incremental recomputes for
/// every batch of dirty keys, runs full recomputes on request (the Quartz job, "run now") and publishes what changed.
/// </summary>
public sealed partial class AggregationService : BackgroundService
{
    /// <summary>Builds a new snapshot beside the live one and swaps it in; the live one keeps serving if this fails.</summary>
    /// <param name="progress">0…1 as the recompute goes.</param>
    public Task<RecomputeSummary> RunFullAsync(IProgress<double>? progress, CancellationToken cancellationToken) =>
        throw new NotImplementedException("being written");

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
}
