using HealthDashboard.Data.Jobs;
using HealthDashboard.Web.Realtime.Postgres;
using Hangfire.Server;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// A job whose every run leaves a row in job_run: the node that ran it, when, its progress while it runs, and how it
/// ended (rows written, or the error). A failure is recorded, not rethrown: Hangfire would retry it, and the history
/// already says what went wrong; the next occurrence or a "run now" runs it again.
/// </summary>
/// <remarks>
/// Hangfire builds the subclass for each run (<see cref="JobCalls"/>); <see cref="OneRunPerJobFilter"/> keeps two runs
/// of one job from overlapping, on one node or several.
/// </remarks>
public abstract partial class RecordedJob(JobRunStore runs, JobActivity activity, NodeIdentity node, IOptions<JobsOptions> options, ILogger logger)
{
    protected JobsOptions Options { get; } = options.Value;

    /// <summary>Does the work; returns the rows it produced.</summary>
    protected abstract Task<long> RunAsync(IProgress<double> progress, CancellationToken cancellationToken);

    /// <summary>One run, as Hangfire performs it.</summary>
    /// <param name="jobKey">The job's key in the history (a <see cref="DashboardJob.Key"/>).</param>
    /// <param name="manual">Asked for by "run now" rather than by the schedule.</param>
    /// <param name="requestedBy">The node whose page asked, or "start-up"; null for a scheduled occurrence.</param>
    /// <param name="context">Hangfire's, for the job id; null outside Hangfire.</param>
    /// <param name="cancellationToken">Cancelled when this node stops or the Hangfire job is deleted.</param>
    public async Task ExecuteAsync(string jobKey, bool manual, string? requestedBy, PerformContext? context, CancellationToken cancellationToken)
    {
        var startedAt = DateTime.UtcNow;
        // Unique per execution: a Hangfire job taken up again after its node died runs under the same job id.
        var fireId = $"{context?.BackgroundJob.Id ?? "direct"}.{Guid.NewGuid():N}";
        var runId = await runs.StartAsync(new NewJobRun(jobKey, fireId, manual, requestedBy, node.Id, startedAt), CancellationToken.None);
        LogStarted(logger, jobKey, runId, node.Id);

        var outcome = JobOutcome.Failed;
        long? rows = null;
        string? error = null;
        var progress = new JobProgress(new LiveRun(runId, jobKey, node.Id, startedAt, 0, false), runs, activity, Options.ProgressWriteInterval, logger);
        try
        {
            rows = await RunAsync(progress, cancellationToken);
            outcome = JobOutcome.Succeeded;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
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
            // Written even when the node is stopping: the history must not keep a run "running" forever.
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
