using HealthDashboard.Data.Jobs;
using HealthDashboard.Web.Realtime;
using HealthDashboard.Web.Realtime.Postgres;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Jobs;

/// <summary>The full recompute: a new snapshot built beside the live one and swapped in by the aggregation service.</summary>
public sealed class RecomputeJob(IServiceProvider services, JobRunStore runs, JobActivity activity, NodeIdentity node, IOptions<JobsOptions> options, ILogger<RecomputeJob> logger)
    : RecordedJob(runs, activity, node, options, logger)
{
    protected override async Task<long> RunAsync(IProgress<double> progress, CancellationToken cancellationToken)
    {
        // Resolved per run: a missing or failing aggregation service then fails this run, with its message in the history.
        var aggregation = services.GetRequiredService<AggregationService>();
        var summary = await aggregation.RunFullAsync(progress, cancellationToken);
        return summary.Aggregates;
    }
}
