using Hangfire.Server;
using HealthDashboard.Data.Jobs;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// Skips an occurrence of a paused job's schedule (Hangfire has no pause of its own; the pause is an app_state row,
/// <see cref="JobPauseStore"/>). Only scheduled occurrences: "run now" on a paused job runs, as it did under Quartz.
/// </summary>
public sealed partial class PausedOccurrenceFilter(JobPauseStore pauses, ILogger<PausedOccurrenceFilter> logger) : IServerFilter
{
    /// <summary>The job parameter Hangfire gives each job its recurring schedule made.</summary>
    private const string RecurringJobId = "RecurringJobId";

    public void OnPerforming(PerformingContext context)
    {
        if (context.GetJobParameter<string>(RecurringJobId) is not { Length: > 0 } key)
        {
            return;
        }

        // Hangfire's filters are synchronous; this runs on a worker thread of its own, with no context to deadlock.
        if (pauses.IsPausedAsync(key, context.CancellationToken.ShutdownToken).GetAwaiter().GetResult())
        {
            LogSkipped(key, context.BackgroundJob.Id);
            context.Canceled = true;
        }
    }

    public void OnPerformed(PerformedContext context)
    {
        // Nothing to undo.
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} is paused: its occurrence {HangfireJob} is skipped")]
    private partial void LogSkipped(string job, string hangfireJob);
}
