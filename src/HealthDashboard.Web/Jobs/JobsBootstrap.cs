using Hangfire;
using Hangfire.Storage;
using HealthDashboard.Data.Jobs;
using HealthDashboard.Web.Realtime.Postgres;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Jobs;

/// <summary>What a node does before its Hangfire server starts: make sure the app's schedules exist, and close runs nobody will finish.</summary>
public sealed partial class JobsBootstrap(
    JobRunStore runs, CarriedQuartzSchedules carried, NodeIdentity node, IOptions<JobsOptions> options, TimeProvider clock, ILogger<JobsBootstrap> logger)
{
    /// <summary>
    /// Adds each job's recurring schedule where it has none — with the cron its Quartz trigger had, when the database
    /// comes from a release that ran Quartz and that cron means the same under Cronos, otherwise with its default — and
    /// otherwise rewrites it with its own cron (the job's class and the configured zone refreshed, an admin's edited
    /// schedule kept). Two nodes starting at once may both write it; Hangfire's lock on the recurring job keeps it whole.
    /// </summary>
    public async Task EnsureJobsAsync(JobsRuntime runtime, CancellationToken cancellationToken)
    {
        var fromQuartz = await carried.ReadAsync(cancellationToken);
        var zone = options.Value.FindZone();
        await Task.Run(() =>
        {
            using var connection = runtime.Storage.GetConnection();
            var existing = connection.GetRecurringJobs(DashboardJobs.All.Select(j => j.Key))
                .Where(j => !j.Removed && !string.IsNullOrEmpty(j.Cron))
                .ToDictionary(j => j.Id, j => j.Cron);
            foreach (var job in DashboardJobs.All)
            {
                var cron = existing.GetValueOrDefault(job.Key) ?? FirstCron(job, fromQuartz.GetValueOrDefault(job.Key), zone);
                runtime.Recurring.AddOrUpdate(job.Key, JobCalls.Scheduled(job), cron, RecurringOptions(zone));
            }
        }, cancellationToken);

        // Forgotten only once Hangfire holds the schedules: a node that dies before this carries them over at its next start.
        foreach (var jobKey in fromQuartz.Keys)
        {
            await carried.ForgetAsync(jobKey, cancellationToken);
        }
    }

    private string FirstCron(DashboardJob job, string? quartzCron, TimeZoneInfo zone)
    {
        if (quartzCron is null)
        {
            LogScheduled(job.Key, job.DefaultCron);
            return job.DefaultCron;
        }

        var validation = CronSchedule.Validate(quartzCron, zone, clock.GetUtcNow());
        if (validation.IsValid)
        {
            LogCarried(job.Key, quartzCron);
            return CronSchedule.Normalize(quartzCron);
        }

        // Quartz read day-of-week numbers and some forms otherwise than Cronos: running it at another time than the
        // admin meant would be worse than the default, which the jobs page shows for them to set again.
        LogNotCarried(job.Key, quartzCron, validation.Problem, job.DefaultCron);
        return job.DefaultCron;
    }

    /// <summary>
    /// Fire-and-proceed after downtime, as the Quartz triggers had it: occurrences missed while no node ran make one
    /// run when a node is back, then the schedule goes on.
    /// </summary>
    public static RecurringJobOptions RecurringOptions(TimeZoneInfo zone) => new() { TimeZone = zone, MisfireHandling = MisfireHandlingMode.Relaxed };

    /// <summary>
    /// Marks as interrupted the runs still "running" on nodes that are gone (this node's earlier life included): they
    /// died mid-run and never wrote their end. Live nodes are the Hangfire servers that sent a heartbeat lately.
    /// </summary>
    public async Task InterruptOrphanedRunsAsync(JobsRuntime runtime, CancellationToken cancellationToken)
    {
        var since = DateTime.UtcNow - options.Value.ServerTimeout;
        var live = runtime.Storage.GetMonitoringApi().Servers()
            .Where(s => (s.Heartbeat ?? s.StartedAt) >= since)
            .Select(s => NodeOf(s.Name))
            .Where(n => !string.Equals(n, node.Id, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var count = await runs.InterruptOrphansAsync(live, "Interrupted: the node that ran it stopped before the end.", cancellationToken);
        if (count > 0)
        {
            LogOrphans(count);
        }
    }

    /// <summary>The node a Hangfire server belongs to: its server name is "node:…", the node id in lower case.</summary>
    public static string NodeOf(string serverName) => serverName.Split(':')[0];

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled job {Job} with its default cron {Cron}")]
    private partial void LogScheduled(string job, string cron);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled job {Job} with the cron {Cron} it had under Quartz")]
    private partial void LogCarried(string job, string cron);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job} had the Quartz cron {Cron}, which Hangfire would read otherwise ({Problem}): scheduled with its default {Default}; set it again on /admin/jobs")]
    private partial void LogNotCarried(string job, string cron, CronProblem problem, string @default);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} job runs left running by stopped nodes were marked interrupted")]
    private partial void LogOrphans(int count);
}
