using HealthDashboard.Data.Jobs;
using HealthDashboard.Web.Jobs;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace HealthDashboard.Web.Tests.Jobs;

/// <summary>The app in process on a SQLite file without sample data, once its scheduler has started.</summary>
public sealed class InProcessJobsApp : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(1);

    private InProcessJobsApp(DashboardFactory factory, IScheduler scheduler)
    {
        Factory = factory;
        Scheduler = scheduler;
    }

    public DashboardFactory Factory { get; }

    public IScheduler Scheduler { get; }

    public JobScheduler Jobs => Factory.Services.GetRequiredService<JobScheduler>();

    public JobRunStore Runs => Factory.Services.GetRequiredService<JobRunStore>();

    public static async Task<InProcessJobsApp> StartAsync(TempSqliteFile file)
    {
        var factory = new DashboardFactory(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = file.ConnectionString,
            ["Database:SeedSampleData"] = "false",
            // Quartz wakes for a newly scheduled trigger by a signal, and otherwise polls every idle wait (30 s by
            // default). A run-now that the signal missed under load (seen on CI) then came just after a 30-second
            // wait gave up; polling each second makes the wait about the job, not about the poll.
            ["Jobs:IdleWaitTime"] = "00:00:01",
        });
        try
        {
            var scheduler = await factory.Services.GetRequiredService<SchedulerHolder>().WhenStarted.WaitAsync(StartTimeout);
            return new InProcessJobsApp(factory, scheduler);
        }
        catch
        {
            await factory.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds for the job's runs, or fails after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<JobRun>> WaitForRunsAsync(string jobKey, Func<IReadOnlyList<JobRun>, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var runs = await Runs.RecentAsync(50, jobKey);
            if (condition(runs))
            {
                return runs;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The runs of {jobKey} did not get there within {timeout}: {runs.Count} runs.");
            }

            await Task.Delay(200);
        }
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
