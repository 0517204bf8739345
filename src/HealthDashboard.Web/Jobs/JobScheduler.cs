using HealthDashboard.Web.Realtime.Postgres;
using Microsoft.Extensions.Options;
using Quartz;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// What an admin can do with the jobs: read schedules, change a cron, pause, resume, run now. Everything goes through
/// Quartz's job store, so on a cluster every node sees the change and "run now" fires on exactly one node.
/// </summary>
public sealed partial class JobScheduler(SchedulerHolder holder, NodeIdentity node, IOptions<JobsOptions> options, TimeProvider clock, ILogger<JobScheduler> logger)
{
    public const int FireTimesShown = 5;

    public SchedulerState State => holder.State;

    /// <summary>This node's name in the cluster and in the job history.</summary>
    public string Node => node.Id;

    public TimeZoneInfo Zone => options.Value.FindZone();

    public async Task<IReadOnlyList<JobSchedule>> ListAsync(CancellationToken cancellationToken = default)
    {
        var scheduler = await holder.WhenStarted;
        var list = new List<JobSchedule>();
        foreach (var job in DashboardJobs.All)
        {
            var trigger = await scheduler.GetTrigger(job.TriggerKey, cancellationToken) as ICronTrigger;
            var cron = trigger?.CronExpressionString ?? job.DefaultCron;
            var zone = trigger?.TimeZone ?? Zone;
            var state = trigger is null ? TriggerState.None : await scheduler.GetTriggerState(job.TriggerKey, cancellationToken);
            var paused = state is TriggerState.Paused;
            list.Add(new JobSchedule(job, cron, zone, paused, CronSchedule.NextFireTimes(cron, zone, clock.GetUtcNow(), FireTimesShown)));
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
        var scheduler = await holder.WhenStarted;
        var wasPaused = await scheduler.GetTriggerState(job.TriggerKey, cancellationToken) == TriggerState.Paused;
        var trigger = job.BuildTrigger(cron, Zone);
        if (await scheduler.RescheduleJob(job.TriggerKey, trigger, cancellationToken) is null)
        {
            await scheduler.ScheduleJob(trigger, cancellationToken);
        }

        if (wasPaused)
        {
            await scheduler.PauseTrigger(job.TriggerKey, cancellationToken);
        }

        LogRescheduled(job.Key, cron);
        return CronValidation.Valid;
    }

    public async Task PauseAsync(DashboardJob job, CancellationToken cancellationToken = default) =>
        await (await holder.WhenStarted).PauseTrigger(job.TriggerKey, cancellationToken);

    public async Task ResumeAsync(DashboardJob job, CancellationToken cancellationToken = default) =>
        await (await holder.WhenStarted).ResumeTrigger(job.TriggerKey, cancellationToken);

    /// <summary>Fires the job once through the job store: whichever node acquires the one-off trigger runs it.</summary>
    public async Task RunNowAsync(DashboardJob job, CancellationToken cancellationToken = default)
    {
        var scheduler = await holder.WhenStarted;
        var data = new JobDataMap { [JobDataKeys.Manual] = "true", [JobDataKeys.RequestedBy] = Node };
        await scheduler.TriggerJob(job.JobKey, data, cancellationToken);
        LogRunNow(job.Key, Node);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} rescheduled to {Cron}")]
    private partial void LogRescheduled(string job, string cron);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} asked to run now from {Node}")]
    private partial void LogRunNow(string job, string node);
}
