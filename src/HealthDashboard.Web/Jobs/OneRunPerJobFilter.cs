using Hangfire.Server;
using HealthDashboard.Data.Jobs;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// Holds the job's run lock (<see cref="JobRunLocks"/>) while one of our jobs runs: a second run of the same job, on
/// this node or another, waits for the first to end (a recompute asked for during the nightly one runs after it, as
/// Quartz's DisallowConcurrentExecution had it). Different jobs run side by side.
/// </summary>
public sealed class OneRunPerJobFilter(JobRunLocks locks, JobRunStore runs, IOptions<JobsOptions> options) : IServerFilter
{
    private const string LockItem = "hd.run-lock";
    private const string OrphanedRunError = "Interrupted: the node that ran it stopped before the end.";

    public void OnPerforming(PerformingContext context)
    {
        if (JobCalls.KeyOf(context.BackgroundJob.Job) is not { } key)
        {
            return;
        }

        // Synchronous filter on a worker thread of Hangfire's own: blocking here holds only this worker.
        var held = locks.AcquireAsync(key, options.Value.RunLockTimeout, context.CancellationToken.ShutdownToken).GetAwaiter().GetResult();
        try
        {
            // With the lock held no other run of this job is alive: a row of it still "running" is a run whose node
            // was killed (its lock went with its connection), typically the one this Hangfire job is now taken up again
            // for. Closed here, not only at a node's start, so the history does not show it running beside its retry.
            runs.InterruptRunningAsync(key, OrphanedRunError, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch
        {
            // OnPerformed is not called when this throws: the lock must not outlive the failed attempt.
            held.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }

        context.Items[LockItem] = held;
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.TryGetValue(LockItem, out var item) && item is IAsyncDisposable held)
        {
            context.Items.Remove(LockItem);
            held.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
