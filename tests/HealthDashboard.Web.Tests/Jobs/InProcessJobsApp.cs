using HealthDashboard.Data.Jobs;
using HealthDashboard.Web.Jobs;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HealthDashboard.Web.Tests.Jobs;

/// <summary>The app in process on a SQLite file without sample data, once its Hangfire server has started.</summary>
public sealed class InProcessJobsApp : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(1);

    private InProcessJobsApp(DashboardFactory factory, JobsRuntime hangfire)
    {
        Factory = factory;
        Hangfire = hangfire;
    }

    public DashboardFactory Factory { get; }

    /// <summary>This app's own Hangfire storage, client and server.</summary>
    public JobsRuntime Hangfire { get; }

    public JobScheduler Jobs => Factory.Services.GetRequiredService<JobScheduler>();

    public JobRunStore Runs => Factory.Services.GetRequiredService<JobRunStore>();

    public static async Task<InProcessJobsApp> StartAsync(TempSqliteFile file)
    {
        var factory = new DashboardFactory(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = file.ConnectionString,
            ["Database:SeedSampleData"] = "false",
            // Workers poll the queue, and the server looks for due occurrences, every second: waits in the tests are
            // then about the job, not about the poll.
            ["Jobs:QueuePollInterval"] = "00:00:01",
            ["Jobs:SchedulePollingInterval"] = "00:00:01",
        });
        try
        {
            var hangfire = await factory.Services.GetRequiredService<JobsHost>().WhenStarted.WaitAsync(StartTimeout);
            return new InProcessJobsApp(factory, hangfire);
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
