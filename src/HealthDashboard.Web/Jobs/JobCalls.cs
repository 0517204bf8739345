using Hangfire.Common;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// The Hangfire job (type, method, arguments) that runs one of our jobs: <see cref="RecordedJob.ExecuteAsync"/> on
/// the job's class, built by the app's services for each run. Arguments are plain values, stored as JSON.
/// </summary>
public static class JobCalls
{
    private static readonly System.Reflection.MethodInfo Execute = typeof(RecordedJob).GetMethod(nameof(RecordedJob.ExecuteAsync))!;

    /// <summary>What the recurring schedule enqueues at each occurrence.</summary>
    public static Job Scheduled(DashboardJob job) => Of(job.JobType, job.Key, manual: false, requestedBy: null);

    /// <summary>A run no schedule made: "run now" (manual, asked by a node) or a node's start-up.</summary>
    public static Job Once(DashboardJob job, bool manual, string requestedBy) => Of(job.JobType, job.Key, manual, requestedBy);

    public static Job Of(Type jobType, string jobKey, bool manual, string? requestedBy) =>
        // Hangfire puts the run's PerformContext and cancellation token in place of the null and None given here.
        new(jobType, Execute, jobKey, manual, requestedBy, null!, CancellationToken.None);

    /// <summary>The job_run key of a Hangfire job that runs one of ours, or null for any other job.</summary>
    public static string? KeyOf(Job? job) =>
        job is not null && typeof(RecordedJob).IsAssignableFrom(job.Type) && job.Args.Count > 0 ? job.Args[0] as string : null;
}
