using HealthDashboard.Data.Jobs;
using HealthDashboard.Web.Realtime.Postgres;
using Microsoft.Extensions.Options;
using Quartz;

namespace HealthDashboard.Web.Jobs;

/// <summary>What a node does before its scheduler starts: make sure the app's jobs exist, and close runs nobody will finish.</summary>
public sealed partial class JobsBootstrap(JobRunStore runs, NodeIdentity node, IOptions<JobsOptions> options, ILogger<JobsBootstrap> logger)
{
    /// <summary>
    /// Adds each job (refreshing its class, never its schedule) and, only when it has none, its default cron trigger:
    /// a schedule edited by an admin is kept across restarts. Two nodes starting at once may both try; one wins.
    /// </summary>
    public async Task EnsureJobsAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var zone = options.Value.FindZone();
        foreach (var job in DashboardJobs.All)
        {
            var detail = JobBuilder.Create(job.JobType).WithIdentity(job.JobKey).WithDescription(job.NameEn).StoreDurably().Build();
            await scheduler.AddJob(detail, replace: true, cancellationToken);
            if (await scheduler.GetTrigger(job.TriggerKey, cancellationToken) is not null)
            {
                continue;
            }

            try
            {
                await scheduler.ScheduleJob(job.BuildTrigger(job.DefaultCron, zone), cancellationToken);
                LogScheduled(job.Key, job.DefaultCron);
            }
            catch (ObjectAlreadyExistsException)
            {
                // Another node created it between our look and our write: its schedule is the same default.
            }
        }
    }

    /// <summary>
    /// Marks as interrupted the runs still "running" on nodes that are gone (this node's earlier life included): they
    /// died mid-run and never wrote their end. Live nodes are those of the cluster that checked in lately.
    /// </summary>
    public async Task InterruptOrphanedRunsAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var since = DateTimeOffset.UtcNow - options.Value.ClusterCheckinInterval * 4;
        var live = (await runs.LiveNodesAsync(scheduler.SchedulerName, since, cancellationToken))
            .Where(n => n != node.Id)
            .ToList();
        var count = await runs.InterruptOrphansAsync(live, "Interrupted: the node that ran it stopped before the end.", cancellationToken);
        if (count > 0)
        {
            LogOrphans(count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled job {Job} with its default cron {Cron}")]
    private partial void LogScheduled(string job, string cron);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} job runs left running by stopped nodes were marked interrupted")]
    private partial void LogOrphans(int count);
}
