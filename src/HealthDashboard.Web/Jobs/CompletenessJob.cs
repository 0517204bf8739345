using HealthDashboard.Data.Jobs;
using HealthDashboard.Web.Features.Completeness;
using HealthDashboard.Web.Realtime.Postgres;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// Keeps the denominator of completeness whole (see <see cref="ReportDueUpkeep"/>): on the 1st of every month, and at
/// every start, each station's REPORT_DUE for every ended month is written where it is missing.
/// </summary>
public sealed class CompletenessJob(
    ReportDueUpkeep upkeep, ReportingClock reporting, JobRunStore runs, JobActivity activity, NodeIdentity node, IOptions<JobsOptions> jobsOptions,
    ILogger<CompletenessJob> logger)
    : RecordedJob(runs, activity, node, jobsOptions, logger)
{
    protected override Task<long> RunAsync(IProgress<double> progress, CancellationToken cancellationToken) =>
        upkeep.RunAsync(reporting.Today, progress, cancellationToken);

}
