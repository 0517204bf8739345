using Hangfire.Common;
using Hangfire.Storage;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Jobs;
using HealthDashboard.Web.Jobs;
using HealthDashboard.Web.Tests.Infrastructure;

namespace HealthDashboard.Web.Tests.Jobs;

/// <summary>Schedules live in Hangfire's storage and pauses in app_state (on SQLite here): they survive a restart, and downtime costs one run, not none or many.</summary>
public sealed class SchedulePersistenceTests
{
    [Fact]
    public async Task AnEditedCronAndAPauseSurviveARestartAndDefaultsAreNotReapplied()
    {
        using var file = new TempSqliteFile();
        await using (var app = await InProcessJobsApp.StartAsync(file))
        {
            var defaults = await app.Jobs.ListAsync();
            Assert.Equal(DashboardJobs.All.Select(j => j.DefaultCron), defaults.Select(s => s.Cron));
            Assert.True((await app.Jobs.RescheduleAsync(DashboardJobs.Completeness, " 0 30 4 ? * MON-FRI ")).IsValid);
            await app.Jobs.PauseAsync(DashboardJobs.DataQuality);
        }

        await using var restarted = await InProcessJobsApp.StartAsync(file);
        var schedules = (await restarted.Jobs.ListAsync()).ToDictionary(s => s.Job.Key);

        Assert.Equal("0 30 4 ? * MON-FRI", schedules["completeness"].Cron);
        Assert.Equal("Từ thứ Hai đến thứ Sáu lúc 04:30", CronDescriber.Describe(schedules["completeness"].Cron, vietnamese: true));
        Assert.All(schedules["completeness"].NextFireTimes, t => Assert.Equal((4, 30), (t.Hour, t.Minute)));
        Assert.True(schedules["data-quality"].Paused);
        Assert.False(schedules["recompute"].Paused);
        Assert.Equal("0 0 2 * * ?", schedules["recompute"].Cron);
        Assert.Equal("Asia/Ho_Chi_Minh", schedules["recompute"].Zone.Id);
    }

    [Fact]
    public async Task ABadCronIsRefusedAndNothingIsSaved()
    {
        using var file = new TempSqliteFile();
        await using var app = await InProcessJobsApp.StartAsync(file);

        var result = await app.Jobs.RescheduleAsync(DashboardJobs.Recompute, "0 0 26 * * ?");

        Assert.Equal(CronProblem.Syntax, result.Problem);
        Assert.Equal("0 0 2 * * ?", (await app.Jobs.ListAsync()).Single(s => s.Job == DashboardJobs.Recompute).Cron);
    }

    [Fact]
    public async Task FireTimesMissedWhileTheAppWasDownFireOnceAtStart()
    {
        using var file = new TempSqliteFile();
        await using (var first = await InProcessJobsApp.StartAsync(file))
        {
            // Only the reports-due upkeep, which every start asks for; no scheduled job is due yet.
            Assert.All(await first.Runs.RecentAsync(10), r => Assert.Equal(("completeness", "start-up"), (r.JobKey, r.RequestedBy)));
        }

        // As if the app had been down for three days: the nightly check's occurrences since are long gone.
        await MoveLastExecutionBackAsync(file, DashboardJobs.DataQuality, TimeSpan.FromDays(3));

        await using var restarted = await InProcessJobsApp.StartAsync(file);
        var runs = await restarted.WaitForRunsAsync("data-quality", r => r.Any(run => !run.IsRunning), TimeSpan.FromSeconds(30));
        // Long enough for a second, wrong, catch-up run to have started.
        await Task.Delay(TimeSpan.FromSeconds(3));
        runs = await restarted.Runs.RecentAsync(10);

        var run = Assert.Single(runs, r => r.JobKey != "completeness");
        Assert.Equal(("data-quality", JobOutcome.Succeeded, false), (run.JobKey, run.Outcome, run.Manual));
        using var hangfire = restarted.Hangfire.Storage.GetConnection();
        var next = hangfire.GetRecurringJobs([DashboardJobs.DataQuality.Key]).Single().NextExecution;
        Assert.True(next > DateTime.UtcNow, $"The next execution {next} should be ahead again.");
    }

    [Fact]
    public async Task APausedJobsDueOccurrenceIsSkippedAndARunNowStillRuns()
    {
        using var file = new TempSqliteFile();
        await using (var first = await InProcessJobsApp.StartAsync(file))
        {
            await first.Jobs.PauseAsync(DashboardJobs.DataQuality);
        }

        await MoveLastExecutionBackAsync(file, DashboardJobs.DataQuality, TimeSpan.FromDays(3));
        await using var restarted = await InProcessJobsApp.StartAsync(file);
        using var hangfire = restarted.Hangfire.Storage.GetConnection();
        // The occurrence is due at once: Hangfire makes it, and the pause filter skips it. Wait for both the job it
        // made and the next execution moved ahead: one CI run read the recurring job with its next execution already
        // ahead and its last job id still empty, so the two are not always seen together.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        RecurringJobDto recurring;
        while (!Made(recurring = hangfire.GetRecurringJobs([DashboardJobs.DataQuality.Key]).Single()))
        {
            Assert.True(DateTime.UtcNow < deadline, "The due occurrence was not made within 30 s.");
            await Task.Delay(200);
        }

        var lastJob = recurring.LastJobId;
        await WaitForStateAsync(restarted, lastJob, state => state != "Enqueued" && state != "Processing");
        Assert.Empty(await restarted.Runs.RecentAsync(10, DashboardJobs.DataQuality.Key));

        await restarted.Jobs.RunNowAsync(DashboardJobs.DataQuality);
        var run = (await restarted.WaitForRunsAsync(DashboardJobs.DataQuality.Key, r => r.Any(x => !x.IsRunning), TimeSpan.FromSeconds(30))).Single();
        Assert.Equal((JobOutcome.Succeeded, true), (run.Outcome, run.Manual));
        Assert.True((await restarted.Jobs.ListAsync()).Single(s => s.Job == DashboardJobs.DataQuality).Paused);

        static bool Made(RecurringJobDto job) => job.NextExecution > DateTime.UtcNow && !string.IsNullOrEmpty(job.LastJobId);
    }

    /// <summary>As if the app had been down: the job last ran <paramref name="ago"/> ago, so every occurrence since is missed.</summary>
    private static async Task MoveLastExecutionBackAsync(TempSqliteFile file, DashboardJob job, TimeSpan ago)
    {
        var when = JobHelper.SerializeDateTime(DateTime.UtcNow - ago);
        await using var database = new Database(new DatabaseOptions { ConnectionString = file.ConnectionString });
        await using var runtime = new JobsRuntime(JobStorageFactory.Create(database, new JobsOptions()), new Hangfire.Common.JobFilterProviderCollection());
        using var connection = runtime.Storage.GetConnection();
        using var transaction = connection.CreateWriteTransaction();
        // Where Hangfire keeps a recurring job's last and next execution (it counts occurrences from the last), and
        // the set its scheduler reads due jobs from.
        transaction.SetRangeInHash($"recurring-job:{job.Key}", [new("LastExecution", when), new("NextExecution", when)]);
        transaction.AddToSet("recurring-jobs", job.Key, JobHelper.ToTimestamp(DateTime.UtcNow - ago));
        transaction.Commit();
    }

    private static async Task WaitForStateAsync(InProcessJobsApp app, string jobId, Func<string?, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        using var connection = app.Hangfire.Storage.GetConnection();
        while (!condition(connection.GetStateData(jobId)?.Name))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Hangfire job {jobId} stayed {connection.GetStateData(jobId)?.Name}.");
            await Task.Delay(200);
        }
    }
}
