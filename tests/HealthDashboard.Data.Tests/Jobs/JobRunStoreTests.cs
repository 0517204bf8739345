using Dapper;
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
    public async Task RunsLeftRunningByNodesThatStoppedCheckingInAreInterrupted(string provider)
    {
        await using var db = await ReadyAsync(provider);
        var store = new JobRunStore(db.Database);
        await using (var connection = await db.Database.OpenAsync())
        {
            await connection.ExecuteAsync(
                "INSERT INTO QRTZ_SCHEDULER_STATE (SCHED_NAME, INSTANCE_NAME, LAST_CHECKIN_TIME, CHECKIN_INTERVAL) VALUES " +
                "('HD', 'alive', @recent, 5000), ('HD', 'dead', @old, 5000), ('Other', 'elsewhere', @recent, 5000)",
                new { recent = DateTimeOffset.UtcNow.UtcTicks, old = DateTimeOffset.UtcNow.AddMinutes(-5).UtcTicks });
        }

        var onAlive = await store.StartAsync(new NewJobRun("recompute", "f1", false, null, "alive", DateTime.UtcNow));
        var onDead = await store.StartAsync(new NewJobRun("completeness", "f2", false, null, "dead", DateTime.UtcNow));

        var live = await store.LiveNodesAsync("HD", DateTimeOffset.UtcNow.AddSeconds(-20));
        var interrupted = await store.InterruptOrphansAsync(live, "node stopped");

        Assert.Equal(["alive"], live);
        Assert.Equal(1, interrupted);
        Assert.Equal(onAlive, Assert.Single(await store.RunningAsync()).Id);
        var orphan = (await store.RecentAsync(10, "completeness")).Single();
        Assert.Equal((onDead, JobOutcome.Interrupted, "node stopped"), (orphan.Id, orphan.Outcome, orphan.Error));
        Assert.NotNull(orphan.EndedAt);
    }

    private static async Task<TestDatabase> ReadyAsync(string provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        await new SchemaMigrator(db.Database).MigrateAsync();
        return db;
    }
}
