using HealthDashboard.Data.Jobs;
using HealthDashboard.Web.Realtime.Postgres;
using Microsoft.Extensions.Options;
using Quartz;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// A job whose every run leaves a row in job_run: the node that ran it, when, its progress while it runs, and how it
/// ended (rows written, or the error). A failure is recorded, not rethrown: Quartz would only log it again.
/// </summary>
/// <remarks>Not concurrent: on a cluster the job store also keeps a second node from starting the same job meanwhile.</remarks>
[DisallowConcurrentExecution]
public abstract partial class RecordedJob(JobRunStore runs, JobActivity activity, NodeIdentity node, IOptions<JobsOptions> options, ILogger logger) : IJob
{
    protected JobsOptions Options { get; } = options.Value;

    /// <summary>Does the work; returns the rows it produced.</summary>
    protected abstract Task<long> RunAsync(IProgress<double> progress, CancellationToken cancellationToken);

    public async Task Execute(IJobExecutionContext context)
    {
        var jobKey = context.JobDetail.Key.Name;
        // Only "run now" triggers carry data; the cron trigger's map is empty.
        var data = context.Trigger.JobDataMap;
        var manual = data.TryGetString(JobDataKeys.Manual, out var flag) && flag == "true";
        var requestedBy = data.TryGetString(JobDataKeys.RequestedBy, out var by) ? by : null;
        var startedAt = DateTime.UtcNow;
        var runId = await runs.StartAsync(new NewJobRun(jobKey, context.FireInstanceId, manual, requestedBy, node.Id, startedAt));
        LogStarted(logger, jobKey, runId, node.Id);

        var outcome = JobOutcome.Failed;
        long? rows = null;
        string? error = null;
        var progress = new JobProgress(new LiveRun(runId, jobKey, node.Id, startedAt, 0, false), runs, activity, Options.ProgressWriteInterval, logger);
        try
        {
            rows = await RunAsync(progress, context.CancellationToken);
            outcome = JobOutcome.Succeeded;
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            outcome = JobOutcome.Interrupted;
            error = "Interrupted: the node is shutting down or the run was cancelled.";
        }
        catch (Exception failure)
        {
            error = Describe(failure);
            LogFailed(logger, failure, jobKey, runId);
        }
        finally
        {
            await progress.DisposeAsync();
        }

        try
        {
            // Written even when the scheduler is stopping: the history must not keep a run "running" forever.
            await runs.FinishAsync(runId, outcome, rows, error, CancellationToken.None);
            LogFinished(logger, jobKey, runId, outcome, rows);
        }
        finally
        {
            progress.Finished();
        }
    }

    /// <summary>The message, with the inner one when it says more ("could not recompute: disk full").</summary>
    private static string Describe(Exception failure)
    {
        var message = $"{failure.GetType().Name}: {failure.Message}";
        return failure.InnerException is { } inner && !message.Contains(inner.Message, StringComparison.Ordinal)
            ? $"{message} → {inner.Message}"
            : message;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} started (run {RunId} on {Node})")]
    private static partial void LogStarted(ILogger logger, string job, long runId, string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} ended (run {RunId}): {Outcome}, {Rows} rows")]
    private static partial void LogFinished(ILogger logger, string job, long runId, JobOutcome outcome, long? rows);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed (run {RunId})")]
    private static partial void LogFailed(ILogger logger, Exception error, string job, long runId);
}
