using Hangfire.Server;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// Holds the job's run lock (<see cref="JobRunLocks"/>) while one of our jobs runs: a second run of the same job, on
/// this node or another, waits for the first to end (a recompute asked for during the nightly one runs after it, as
/// Quartz's DisallowConcurrentExecution had it). Different jobs run side by side.
/// </summary>
public sealed class OneRunPerJobFilter(JobRunLocks locks, IOptions<JobsOptions> options) : IServerFilter
{
    private const string LockItem = "hd.run-lock";

    public void OnPerforming(PerformingContext context)
    {
        if (JobCalls.KeyOf(context.BackgroundJob.Job) is not { } key)
        {
            return;
        }

        // Synchronous filter on a worker thread of Hangfire's own: blocking here holds only this worker.
        context.Items[LockItem] = locks.AcquireAsync(key, options.Value.RunLockTimeout, context.CancellationToken.ShutdownToken).GetAwaiter().GetResult();
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
