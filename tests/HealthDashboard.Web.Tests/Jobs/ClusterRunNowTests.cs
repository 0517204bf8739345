using HealthDashboard.Data.Db;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Npgsql;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Jobs;

/// <summary>
/// Two app processes on one PostgreSQL database share Hangfire's storage: "run now" pressed on node A's admin page, in
/// Chromium, fires on exactly one node, and both nodes' pages show that run in the history.
/// </summary>
/// <remarks>In the seeded app's collection only to run alone: two more app processes at once slow every test down.</remarks>
[Collection(SeededAppCollection.Name)]
public sealed class ClusterRunNowTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Presses = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly string _admin = Environment.GetEnvironmentVariable("HD_TEST_POSTGRES") is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException("HD_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts a private PostgreSQL server for them.");

    private readonly string _name = $"hd_test_{Guid.NewGuid():N}";

    private string ConnectionString => new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString;

    /// <summary>The app's own access to the nodes' database, to read what they wrote.</summary>
    private Database OpenDatabase() => new(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = ConnectionString });

    public async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
        await create.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task RunNowOnNodeAsPageFiresOnExactlyOneNodeEachTime()
    {
        using var nodeA = await JobsNodeProcess.StartAsync(Settings("node-a"), StartTimeout);
        using var nodeB = await JobsNodeProcess.StartAsync(Settings("node-b"), StartTimeout);
        await WaitForClusterAsync(["node-a", "node-b"]);
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewPageAsync(nodeA.BaseAddress);
        page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(60_000);

        await page.GotoAsync("/admin/jobs");
        await Assertions.Expect(page.Locator("[data-testid='node']")).ToContainTextAsync("node-a · cụm nhiều máy (PostgreSQL)");
        var card = page.Locator("[data-job='data-quality']");
        var rows = page.Locator("[data-testid='history'] tr[data-job='data-quality'][data-outcome='succeeded']");
        for (var press = 1; press <= Presses; press++)
        {
            await card.Locator("[data-testid='run-now']").ClickAsync();
            await Assertions.Expect(rows).ToHaveCountAsync(press);
            await Assertions.Expect(card.Locator("[data-testid='run-now']")).ToBeEnabledAsync();
        }

        await Infrastructure.Browser.SaveScreenshotAsync(page, "jobs-cluster.png");
        // Many queue polls of both nodes: time for a second run of one press to show, if there were one.
        await Task.Delay(TimeSpan.FromSeconds(10));

        await using var database = OpenDatabase();
        await using var context = database.Context();
        var runs = await context.JobRuns.Where(r => r.JobKey == "data-quality")
            .Select(r => new { r.Node, r.FireId, r.RequestedBy, r.Manual, r.Outcome }).ToListAsync();
        output.WriteLine("Runs: " + string.Join("; ", runs.Select(r => $"{r.FireId} on {r.Node}")));
        Assert.Equal(Presses, runs.Count);
        Assert.Equal(Presses, runs.Select(r => r.FireId).Distinct().Count());
        Assert.All(runs, r => Assert.Equal(("node-a", true, "succeeded"), (r.RequestedBy, r.Manual, r.Outcome)));
        Assert.All(runs, r => Assert.Contains(r.Node, new[] { "node-a", "node-b" }));
        // Besides the presses, only each node's start-up run of the reports-due upkeep (idempotent, one at a time).
        Assert.Equal(0, await context.JobRuns.CountAsync(r => r.JobKey != "data-quality" && !(r.JobKey == "completeness" && r.RequestedBy == "start-up")));
        // Nothing left queued or running in Hangfire.
        Assert.Equal(0, await context.Database.SqlQuery<long>($"SELECT COUNT(*) AS \"Value\" FROM hangfire.job WHERE statename IN ('Enqueued', 'Processing')").SingleAsync());

        // Node B's page reads the same history, with the node that ran each run.
        var pageB = await browser.NewPageAsync(nodeB.BaseAddress);
        await pageB.GotoAsync("/admin/jobs");
        await Assertions.Expect(pageB.Locator("[data-testid='node']")).ToContainTextAsync("node-b");
        await Assertions.Expect(pageB.Locator("[data-testid='history'] tr[data-job='data-quality']")).ToHaveCountAsync(Presses);
        Assert.Equal(runs.Select(r => r.Node).Order(), (await pageB.Locator("[data-testid='history'] tr[data-job='data-quality'] [data-testid='run-node']").AllInnerTextsAsync()).Order());
    }

    private async Task WaitForClusterAsync(string[] nodes)
    {
        await using var database = OpenDatabase();
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            // Hangfire's servers, "node-a:…" (the schema appears with the first node's start).
            await using var context = database.Context();
            var checkedIn = await context.Database.SqlQuery<bool>($"SELECT to_regclass('hangfire.server') IS NOT NULL AS \"Value\"").SingleAsync()
                ? await context.Database.SqlQuery<string>($"SELECT split_part(id, ':', 1) AS \"Value\" FROM hangfire.server ORDER BY id").ToListAsync()
                : [];
            if (nodes.All(checkedIn.Contains))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The nodes did not both check in: {string.Join(", ", checkedIn)}.");
            await Task.Delay(250);
        }
    }

    private Dictionary<string, string> Settings(string node) => new()
    {
        ["Database:Provider"] = "Postgres",
        ["Database:ConnectionString"] = ConnectionString,
        ["Database:SeedSampleData"] = "false",
        ["Node:Id"] = node,
        // Both nodes poll the queue every second, so the one that did not ask has every chance to take the run too.
        ["Jobs:QueuePollInterval"] = "00:00:01",
    };
}
