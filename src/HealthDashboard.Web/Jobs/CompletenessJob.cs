using HealthDashboard.Data.Jobs;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Reporting;
using HealthDashboard.Web.Features.Completeness;
using HealthDashboard.Web.Realtime.Postgres;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// Keeps the denominator of completeness whole (see <see cref="ReportDueUpkeep"/>): on the 1st of every month, and at
/// every start, each station's REPORT_DUE for every ended month is written where it is missing.
/// </summary>
public sealed class CompletenessJob(
    ReportDueUpkeep upkeep, TimeProvider clock, JobRunStore runs, JobActivity activity, NodeIdentity node, IOptions<JobsOptions> jobsOptions,
    ILogger<CompletenessJob> logger)
    : RecordedJob(runs, activity, node, jobsOptions, logger)
{
    protected override Task<long> RunAsync(IProgress<double> progress, CancellationToken cancellationToken) =>
        upkeep.RunAsync(ZonedToday(clock, Options), progress, cancellationToken);

    /// <summary>The last month whose reports were due by <paramref name="today"/>: a month's reports are due on the deadline day of the next.</summary>
    public static Period LastDueMonth(DateOnly today, int deadlineDay)
    {
        var month = Period.MonthOf(today).Previous();
        return today > ReportDeadline.LastDayOf(month, deadlineDay) ? month : month.Previous();
    }

    /// <summary>Today in the province's zone (<see cref="JobsOptions.TimeZone"/>), where months begin and end.</summary>
    public static DateOnly ZonedToday(TimeProvider clock, JobsOptions options) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), options.FindZone()).DateTime);
}
