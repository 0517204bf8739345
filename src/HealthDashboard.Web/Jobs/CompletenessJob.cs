using HealthDashboard.Data.Jobs;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Realtime.Postgres;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Jobs;

/// <summary>Reporting completeness per reporting unit and month, for every month whose reporting deadline has passed.</summary>
public sealed class CompletenessJob(
    CompletenessStore completeness, TimeProvider clock, JobRunStore runs, JobActivity activity, NodeIdentity node, IOptions<JobsOptions> jobsOptions, ILogger<CompletenessJob> logger)
    : RecordedJob(runs, activity, node, jobsOptions, logger)
{
    protected override async Task<long> RunAsync(IProgress<double> progress, CancellationToken cancellationToken)
    {
        var first = await completeness.FirstReportedMonthAsync(cancellationToken);
        progress.Report(0.3);
        var through = LastDueMonth(ZonedToday(), Options.ReportingDeadlineDay);
        if (first is null)
        {
            return 0;
        }

        var rows = await completeness.RebuildAsync(first.Value, through, cancellationToken);
        progress.Report(1);
        return rows;
    }

    /// <summary>The last month whose reports were due by <paramref name="today"/>: a month's reports are due on the deadline day of the next.</summary>
    public static Period LastDueMonth(DateOnly today, int deadlineDay)
    {
        var month = Period.MonthOf(today.AddMonths(-1));
        return today.Day > deadlineDay ? month : Period.MonthOf(today.AddMonths(-2));
    }

    private DateOnly ZonedToday()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Options.TimeZone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
    }
}
