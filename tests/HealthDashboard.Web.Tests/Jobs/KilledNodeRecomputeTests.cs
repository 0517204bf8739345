using System.Net.Http.Json;
using Hangfire.Common;
using Hangfire.States;
using HealthDashboard.Cli;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using HealthDashboard.Data.Tests;
using HealthDashboard.Web.Api;
using HealthDashboard.Web.Jobs;
using HealthDashboard.Web.Tests.Infrastructure;
using HealthDashboard.Web.Tests.Realtime;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Jobs;

/// <summary>
/// Two app processes on one PostgreSQL database; the node that takes up a full recompute is killed (SIGKILL) in the
/// middle of it. The other node goes on serving the last snapshot's figures, then takes the same Hangfire job up again
/// once its invisibility timeout has passed, runs it to the end, and the dead node's run is closed as interrupted.
/// </summary>
/// <remarks>
/// The database holds a synthetic area made by the CLI's <c>generate</c>, large enough for a recompute to last seconds
/// (the kill must land inside it). In the seeded app's collection only to run alone: two more app processes at once
/// slow every test down.
/// </remarks>
[Collection(SeededAppCollection.Name)]
public sealed class KilledNodeRecomputeTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string ProbeUnit = "SYN";
    private const string Requester = "killed-node-test";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan RetryTimeout = TimeSpan.FromMinutes(5);

    // A fresh PostgreSQL database of the server test.sh starts, dropped afterwards.
    private TestDatabase _database = null!;

    private string ConnectionString => _database.Database.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(TestDatabase.Postgres);

        // About 1.2 million values: a full recompute loads them all, several seconds even on an idle machine.
        var error = new StringWriter();
        var code = await CliApp.RunAsync(["generate", "--communes", "1500", "--years", "2", "--provider", "postgres", "--db", ConnectionString], new StringWriter(), error);
        Assert.True(code == 0, error.ToString());
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task ANodeKilledMidRecomputeLeavesTheLastSnapshotServingAndTheOtherNodeRetriesTheJob()
    {
        using var nodeA = await AppNode.StartAsync(Settings("node-a"), StartTimeout, ProbeUnit);
        using var nodeB = await AppNode.StartAsync(Settings("node-b"), StartTimeout, ProbeUnit);
        var nodes = new Dictionary<string, AppNode> { ["node-a"] = nodeA, ["node-b"] = nodeB };
        await WaitAsync("both nodes' Hangfire servers", async context =>
            (await context.Database.SqlQuery<string>($"SELECT split_part(id, ':', 1) AS \"Value\" FROM hangfire.server").ToListAsync()).Distinct().Count() == 2, StartTimeout);
        // Each node computed its own first snapshot at start: the same figures, each with its own time.
        var snapshots = new Dictionary<string, Figures> { ["node-a"] = await AggregateAsync(nodeA), ["node-b"] = await AggregateAsync(nodeB) };
        Assert.Equal(snapshots["node-a"] with { ComputedAt = default }, snapshots["node-b"] with { ComputedAt = default });

        // "Run now" of the recompute, written to the shared storage: whichever node polls first takes it.
        string jobId;
        var database = _database.Database;
        await using (var runtime = new JobsRuntime(JobStorageFactory.Create(database, new JobsOptions()), new JobFilterProviderCollection()))
        {
            jobId = runtime.Client.Create(JobCalls.Once(DashboardJobs.Recompute, manual: true, Requester), new EnqueuedState());
        }

        var started = await WaitForAsync("the recompute to start on a node", async context => (await RunsAsync(context)).SingleOrDefault(), StartTimeout);
        var victim = nodes[started.Node];
        var survivor = nodes.Single(n => n.Key != started.Node);
        victim.Kill();
        var before = snapshots[survivor.Key];
        output.WriteLine($"Hangfire job {jobId}: run {started.Id} on {started.Node} killed at {started.Progress:P0}.");

        // The dead node's run never ends; until the retry starts, the survivor answers with the snapshot it had.
        var readsWhileDead = 0;
        var retried = await WaitForAsync("the retry on the surviving node to succeed", async context =>
        {
            var runs = await RunsAsync(context);
            if (runs.Count == 1)
            {
                Assert.Equal(before, await AggregateAsync(survivor.Value));
                readsWhileDead++;
                return null;
            }

            return runs.SingleOrDefault(r => r.Id != started.Id && r.Outcome == "succeeded");
        }, RetryTimeout);
        output.WriteLine($"{readsWhileDead} reads of the last snapshot while no node ran the job; retried as run {retried.Id} on {retried.Node}.");
        Assert.True(readsWhileDead > 0);

        await using var check = _database.Database.Context();
        var all = await RunsAsync(check);
        Assert.Equal(2, all.Count);
        var killed = all.Single(r => r.Id == started.Id);
        Assert.Equal((started.Node, "interrupted"), (killed.Node, killed.Outcome));
        Assert.Contains("stopped before the end", killed.Error);
        Assert.Equal(survivor.Key, retried.Node);
        // The same Hangfire job taken up again (its fire id starts with the job id), and it ended Succeeded there too.
        Assert.Equal($"{jobId}.", killed.FireId[..(jobId.Length + 1)]);
        Assert.Equal($"{jobId}.", retried.FireId[..(jobId.Length + 1)]);
        // Hangfire moves the job to Succeeded only after the run has written its end to job_run: waited for, not read at once.
        var hangfireId = long.Parse(jobId, System.Globalization.CultureInfo.InvariantCulture);
        await WaitAsync("the Hangfire job to be Succeeded", async context =>
            await context.Database.SqlQuery<string>($"SELECT statename AS \"Value\" FROM hangfire.job WHERE id = {hangfireId}").SingleAsync() == "Succeeded", RetryTimeout);

        // The retry's snapshot is served: the same figures (the data did not change), computed anew.
        var after = await AggregateAsync(survivor.Value);
        Assert.Equal((before.Numerator, before.Denominator, before.Value), (after.Numerator, after.Denominator, after.Value));
        Assert.True(after.ComputedAt > before.ComputedAt, $"Still the old snapshot of {before.ComputedAt:O}.");
    }

    private static async Task<Figures> AggregateAsync(AppNode node)
    {
        var aggregate = await node.Http.GetFromJsonAsync<AggregateDto>($"/api/aggregates?indicator=HI_COV&orgUnit={ProbeUnit}&period=2024");
        Assert.NotNull(aggregate);
        return new Figures(aggregate.Numerator, aggregate.Denominator, aggregate.Value, aggregate.ComputedAt);
    }

    private static Task<List<Run>> RunsAsync(DashboardDbContext context) => context.JobRuns
        .Where(r => r.JobKey == "recompute" && r.RequestedBy == Requester)
        .OrderBy(r => r.Id)
        .Select(r => new Run(r.Id, r.Node, r.FireId, r.Outcome, r.Progress, r.Error))
        .ToListAsync();

    private Task WaitAsync(string what, Func<DashboardDbContext, Task<bool>> condition, TimeSpan timeout) =>
        ClusterNodes.WaitAsync(_database.Database, what, condition, timeout);

    private Task<T> WaitForAsync<T>(string what, Func<DashboardDbContext, Task<T?>> probe, TimeSpan timeout) where T : class =>
        ClusterNodes.WaitForAsync(_database.Database, what, probe, timeout);

    private Dictionary<string, string> Settings(string node) => ClusterNodes.Settings(ConnectionString, node,
        // A killed node's run is taken up again by the other once it has been invisible this long (30 min by default).
        ("Jobs:InvisibilityTimeout", "00:00:15"),
        ("Jobs:HeartbeatInterval", "00:00:03"));

    private sealed record Figures(double? Numerator, double? Denominator, double? Value, DateTimeOffset ComputedAt);

    private sealed record Run(long Id, string Node, string FireId, string Outcome, double Progress, string? Error);
}
