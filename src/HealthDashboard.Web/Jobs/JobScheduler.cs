using Hangfire.States;
using Hangfire.Storage;
using HealthDashboard.Data.Jobs;
using HealthDashboard.Web.Realtime.Postgres;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// What an admin can do with the jobs: read schedules, change a cron, pause, resume, run now. Schedules and runs go
/// through Hangfire's storage and pauses through app_state, so on a cluster every node sees the change and "run now"
/// runs on exactly one node.
/// </summary>
public sealed partial class JobScheduler(JobsHost host, JobPauseStore pauses, NodeIdentity node, IOptions<JobsOptions> options, TimeProvider clock, ILogger<JobScheduler> logger)
{
    public const int FireTimesShown = 5;

    public SchedulerState State => host.State;

    /// <summary>This node's name in the job history.</summary>
    public string Node => node.Id;

    public TimeZoneInfo Zone => options.Value.FindZone();

    public async Task<IReadOnlyList<JobSchedule>> ListAsync(CancellationToken cancellationToken = default)
    {
        var runtime = await host.WhenStarted.WaitAsync(cancellationToken);
        var paused = await pauses.PausedAsync(cancellationToken);
        var stored = await Task.Run(() =>
        {
            using var connection = runtime.Storage.GetConnection();
            return connection.GetRecurringJobs(DashboardJobs.All.Select(j => j.Key)).Where(j => !j.Removed).ToDictionary(j => j.Id);
        }, cancellationToken);
        var list = new List<JobSchedule>();
        foreach (var job in DashboardJobs.All)
        {
            var recurring = stored.GetValueOrDefault(job.Key);
            var cron = recurring?.Cron is { Length: > 0 } saved ? saved : job.DefaultCron;
            var zone = recurring?.TimeZoneId is { Length: > 0 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : Zone;
            list.Add(new JobSchedule(job, cron, zone, paused.Contains(job.Key), NextFireTimes(cron, zone)));
        }

        return list;
    }

    /// <summary>Checks the expression and, when it is good, replaces the job's schedule (still paused if it was).</summary>
    public async Task<CronValidation> RescheduleAsync(DashboardJob job, string expression, CancellationToken cancellationToken = default)
    {
        var validation = CronSchedule.Validate(expression, Zone, clock.GetUtcNow());
        if (!validation.IsValid)
        {
            return validation;
        }

        var cron = CronSchedule.Normalize(expression);
        var runtime = await host.WhenStarted.WaitAsync(cancellationToken);
        await Task.Run(() => runtime.Recurring.AddOrUpdate(job.Key, JobCalls.Scheduled(job), cron, JobsBootstrap.RecurringOptions(Zone)), cancellationToken);
        LogRescheduled(job.Key, cron);
        return CronValidation.Valid;
    }

    public Task PauseAsync(DashboardJob job, CancellationToken cancellationToken = default) => pauses.SetPausedAsync(job.Key, true, cancellationToken);

    public Task ResumeAsync(DashboardJob job, CancellationToken cancellationToken = default) => pauses.SetPausedAsync(job.Key, false, cancellationToken);

    /// <summary>Queues the job once in Hangfire's storage: whichever node's worker takes it runs it.</summary>
    public async Task RunNowAsync(DashboardJob job, CancellationToken cancellationToken = default)
    {
        var runtime = await host.WhenStarted.WaitAsync(cancellationToken);
        await Task.Run(() => runtime.Client.Create(JobCalls.Once(job, manual: true, Node), new EnqueuedState()), cancellationToken);
        LogRunNow(job.Key, Node);
    }

    /// <summary>Next fire times of a stored cron; none for one that no longer parses (the page then says there is none).</summary>
    private IReadOnlyList<DateTimeOffset> NextFireTimes(string cron, TimeZoneInfo zone)
    {
        try
        {
            return CronSchedule.NextFireTimes(cron, zone, clock.GetUtcNow(), FireTimesShown);
        }
        catch (Cronos.CronFormatException)
        {
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} rescheduled to {Cron}")]
    private partial void LogRescheduled(string job, string cron);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} asked to run now from {Node}")]
    private partial void LogRunNow(string job, string node);
}
