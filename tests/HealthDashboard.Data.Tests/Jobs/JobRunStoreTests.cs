using HealthDashboard.Data.Jobs;
using HealthDashboard.Data.Schema;

namespace HealthDashboard.Data.Tests.Jobs;

public class JobRunStoreTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task ARunIsWrittenWhenItStartsAsItGoesAndWhenItEnds(string provider)
    {
        await using var db = await ReadyAsync(provider);
        var store = new JobRunStore(db.Database);
        var started = DateTime.UtcNow.AddSeconds(-3);

        var id = await store.StartAsync(new NewJobRun("recompute", "fire-1", true, "node-a", "node-b", started));
        await store.ReportProgressAsync(id, 0.4);
        var running = Assert.Single(await store.RunningAsync());
        await store.FinishAsync(id, JobOutcome.Succeeded, 1234, null);
        var done = Assert.Single(await store.RecentAsync(10));

        Assert.Equal((id, JobOutcome.Running, 0.4, "node-a", "node-b", true), (running.Id, running.Outcome, running.Progress, running.RequestedBy, running.Node, running.Manual));
        Assert.Equal((JobOutcome.Succeeded, 1.0, 1234L), (done.Outcome, done.Progress, done.RowCount));
        Assert.Equal(DateTimeKind.Utc, done.StartedAt.Kind);
        Assert.InRange(done.StartedAt, started.AddMilliseconds(-1), started.AddMilliseconds(1));
        Assert.InRange(done.Duration!.Value, TimeSpan.FromSeconds(2.5), TimeSpan.FromMinutes(1));
        Assert.Empty(await store.RunningAsync());
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task AFailureKeepsItsMessageAndProgressAndHistoryIsNewestFirstPerJob(string provider)
    {
        await using var db = await ReadyAsync(provider);
        var store = new JobRunStore(db.Database);
        var t0 = DateTime.UtcNow.AddMinutes(-10);
        var a = await store.StartAsync(new NewJobRun("recompute", "f-a", false, null, "n", t0));
        var b = await store.StartAsync(new NewJobRun("completeness", "f-b", false, null, "n", t0.AddMinutes(1)));
        var c = await store.StartAsync(new NewJobRun("recompute", "f-c", false, null, "n", t0.AddMinutes(2)));
        await store.ReportProgressAsync(c, 0.3);
        await store.FinishAsync(c, JobOutcome.Failed, null, "NotImplementedException: being written");

        var recompute = await store.RecentAsync(10, "recompute");
        var all = await store.RecentAsync(2);

        Assert.Equal([c, a], recompute.Select(r => r.Id));
        Assert.Equal([c, b], all.Select(r => r.Id));
        Assert.Equal((JobOutcome.Failed, 0.3, "NotImplementedException: being written", false), (recompute[0].Outcome, recompute[0].Progress, recompute[0].Error, recompute[0].Manual));
        Assert.Null(recompute[0].RowCount);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task RunsLeftRunningByNodesThatAreNotAliveAreInterrupted(string provider)
    {
        await using var db = await ReadyAsync(provider);
        var store = new JobRunStore(db.Database);
        var onAlive = await store.StartAsync(new NewJobRun("recompute", "f1", false, null, "Node-Alive", DateTime.UtcNow));
        var onDead = await store.StartAsync(new NewJobRun("completeness", "f2", false, null, "dead", DateTime.UtcNow));
        var ended = await store.StartAsync(new NewJobRun("completeness", "f3", false, null, "dead", DateTime.UtcNow.AddMinutes(-1)));
        await store.FinishAsync(ended, JobOutcome.Succeeded, 3, null);

        // Hangfire gives server names in lower case: the live node is known whatever the case of its Node:Id.
        var interrupted = await store.InterruptOrphansAsync(["node-alive"], "node stopped");

        Assert.Equal(1, interrupted);
        Assert.Equal(onAlive, Assert.Single(await store.RunningAsync()).Id);
        var completeness = await store.RecentAsync(10, "completeness");
        var orphan = completeness.Single(r => r.Id == onDead);
        Assert.Equal((JobOutcome.Interrupted, "node stopped"), (orphan.Outcome, orphan.Error));
        Assert.NotNull(orphan.EndedAt);
        Assert.Equal((JobOutcome.Succeeded, (string?)null), completeness.Single(r => r.Id == ended) is var done ? (done.Outcome, done.Error) : default);
    }

    private static async Task<TestDatabase> ReadyAsync(string provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        await new SchemaMigrator(db.Database).MigrateAsync();
        return db;
    }
}
