using HealthDashboard.Data.Jobs;
using HealthDashboard.Web.Jobs;
using HealthDashboard.Web.Realtime.Postgres;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Tests.Jobs;

/// <summary>Every run leaves its row: a failure with its message, an interruption as such, and the node that ran it.</summary>
public sealed class RecordedJobTests
{
    [Fact]
    public async Task AFailingRunIsRecordedAsFailedWithItsMessageAndHowFarItGot()
    {
        using var file = new TempSqliteFile();
        await using var app = await InProcessJobsApp.StartAsync(file);
        var events = new List<LiveRun>();
        // Only this job's events: the app's own completeness run at start-up reports its progress too.
        app.Factory.Services.GetRequiredService<JobActivity>().Changed += run =>
        {
            if (run.JobKey.Contains("failing", StringComparison.Ordinal))
            {
                lock (events) { events.Add(run); }
            }
        };

        app.Hangfire.Client.Create(JobCalls.Of(typeof(FailingJob), "failing", manual: false, requestedBy: null), new EnqueuedState());
        var run = (await app.WaitForRunsAsync("failing", r => r.Any(x => !x.IsRunning), TimeSpan.FromSeconds(30))).Single();

        Assert.Equal(JobOutcome.Failed, run.Outcome);
        Assert.Equal("InvalidOperationException: the disk is full", run.Error);
        Assert.Equal(0.4, run.Progress, 3);
        Assert.Null(run.RowCount);
        Assert.Equal(app.Factory.Services.GetRequiredService<NodeIdentity>().Id, run.Node);
        Assert.False(run.Manual);
        lock (events)
        {
            Assert.True(events[0] is { Finished: false, Progress: 0 });
            Assert.Contains(events, e => e.Progress == 0.4 && !e.Finished);
            Assert.True(events[^1].Finished);
        }

        Assert.DoesNotContain(app.Factory.Services.GetRequiredService<JobActivity>().Running, r => r.JobKey.Contains("failing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnInterruptedRunIsRecordedAsInterrupted()
    {
        using var file = new TempSqliteFile();
        await using var app = await InProcessJobsApp.StartAsync(file);
        var id = app.Hangfire.Client.Create(JobCalls.Of(typeof(WaitingJob), "waiting", manual: false, requestedBy: null), new EnqueuedState());
        await app.WaitForRunsAsync("waiting", r => r.Count == 1, TimeSpan.FromSeconds(30));
        // Deleting a running Hangfire job cancels its token (the server notices within its cancellation check interval).
        Assert.True(app.Hangfire.Client.Delete(id));
        var run = (await app.WaitForRunsAsync("waiting", r => r.Any(x => !x.IsRunning), TimeSpan.FromSeconds(30))).Single();

        Assert.Equal(JobOutcome.Interrupted, run.Outcome);
        Assert.StartsWith("Interrupted", run.Error, StringComparison.Ordinal);
    }

    /// <summary>Gets 40 % of the way, long enough for the progress to be written, then fails.</summary>
    public sealed class FailingJob(JobRunStore runs, JobActivity activity, NodeIdentity node, IOptions<JobsOptions> options, ILogger<FailingJob> logger)
        : RecordedJob(runs, activity, node, options, logger)
    {
        protected override async Task<long> RunAsync(IProgress<double> progress, CancellationToken cancellationToken)
        {
            progress.Report(0.4);
            await Task.Delay(Options.ProgressWriteInterval * 3, cancellationToken);
            throw new InvalidOperationException("the disk is full");
        }
    }

    /// <summary>Waits until cancelled.</summary>
    public sealed class WaitingJob(JobRunStore runs, JobActivity activity, NodeIdentity node, IOptions<JobsOptions> options, ILogger<WaitingJob> logger)
        : RecordedJob(runs, activity, node, options, logger)
    {
        protected override async Task<long> RunAsync(IProgress<double> progress, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return 0;
        }
    }
}
