using Hangfire.Common;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using HealthDashboard.Data.Tests;
using HealthDashboard.Web.Jobs;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Jobs;

/// <summary>
/// Two app processes on one PostgreSQL database, both with a Hangfire server polling for due occurrences every
/// second: a schedule that fires every minute runs once per occurrence, on one node or the other, never on both.
/// </summary>
/// <remarks>In the seeded app's collection only to run alone: two more app processes at once slow every test down.</remarks>
[Collection(SeededAppCollection.Name)]
public sealed class ClusterRecurringTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Occurrences = 2;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    // A fresh PostgreSQL database of the server test.sh starts, dropped afterwards.
    private TestDatabase _database = null!;

    private string ConnectionString => _database.Database.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(TestDatabase.Postgres);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task EachOccurrenceOfARecurringJobRunsOnceAcrossTwoNodes()
    {
        using var nodeA = await JobsNodeProcess.StartAsync(Settings("node-a"), StartTimeout);
        using var nodeB = await JobsNodeProcess.StartAsync(Settings("node-b"), StartTimeout);
        await WaitAsync("both nodes' Hangfire servers", async context =>
            (await context.Database.SqlQuery<string>($"SELECT split_part(id, ':', 1) AS \"Value\" FROM hangfire.server").ToListAsync()).Distinct().Count() == 2);

        // As an admin's edit would: the data-quality check every minute, written once to the shared storage.
        var database = _database.Database;
        await using (var runtime = new JobsRuntime(JobStorageFactory.Create(database, new JobsOptions()), new JobFilterProviderCollection()))
        {
            runtime.Recurring.AddOrUpdate(DashboardJobs.DataQuality.Key, JobCalls.Scheduled(DashboardJobs.DataQuality), "0 * * * * ?",
                JobsBootstrap.RecurringOptions(new JobsOptions().FindZone()));
        }

        await WaitAsync($"{Occurrences} scheduled runs", async context => await context.JobRuns
            .CountAsync(r => r.JobKey == "data-quality" && !r.Manual && r.Outcome != "running") >= Occurrences, TimeSpan.FromMinutes(4));
        // Both nodes poll every second: well past the time a second node's run of the same occurrence would start.
        await Task.Delay(TimeSpan.FromSeconds(15));

        await using var check = _database.Database.Context();
        var runs = await check.JobRuns.Where(r => r.JobKey == "data-quality" && !r.Manual).OrderBy(r => r.StartedAt).ToListAsync();
        output.WriteLine("Runs: " + string.Join("; ", runs.Select(r => $"{r.StartedAt:HH:mm:ss.fff} on {r.Node} ({r.FireId})")));
        Assert.True(runs.Count >= Occurrences);
        Assert.All(runs, r => Assert.Equal("succeeded", r.Outcome));
        Assert.All(runs, r => Assert.Contains(r.Node, new[] { "node-a", "node-b" }));
        // One run per minute's occurrence, and one Hangfire job per run.
        var minutes = runs.Select(r => new DateTime(r.StartedAt.Year, r.StartedAt.Month, r.StartedAt.Day, r.StartedAt.Hour, r.StartedAt.Minute, 0)).ToList();
        Assert.Equal(minutes.Count, minutes.Distinct().Count());
        Assert.Equal(runs.Count, runs.Select(r => r.FireId.Split('.')[0]).Distinct().Count());
        Assert.Equal(runs.Count, await check.Database.SqlQuery<long>(
            $"SELECT count(*) AS \"Value\" FROM hangfire.jobparameter WHERE name = 'RecurringJobId' AND value = '\"data-quality\"'").SingleAsync());
    }

    private Task WaitAsync(string what, Func<DashboardDbContext, Task<bool>> condition, TimeSpan? timeout = null) =>
        ClusterNodes.WaitAsync(_database.Database, what, condition, timeout ?? StartTimeout);

    private Dictionary<string, string> Settings(string node) => ClusterNodes.Settings(ConnectionString, node);
}
