using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;

namespace HealthDashboard.Web.Tests.Infrastructure;

/// <summary>What the tests that run two app processes on one PostgreSQL database share.</summary>
public static class ClusterNodes
{
    /// <summary>
    /// One node's settings: the shared database, no sample seed, its own node id, and Hangfire polling every second, so
    /// either node has every chance to take a run. <paramref name="extra"/> adds or overrides keys.
    /// </summary>
    public static Dictionary<string, string> Settings(string connectionString, string node, params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["Database:ConnectionString"] = connectionString,
            ["Database:SeedSampleData"] = "false",
            ["Node:Id"] = node,
            ["Jobs:QueuePollInterval"] = "00:00:01",
            ["Jobs:SchedulePollingInterval"] = "00:00:01",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Reads the database through a fresh context every 100 ms until <paramref name="probe"/> finds something.</summary>
    public static async Task<T> WaitForAsync<T>(Database database, string what, Func<DashboardDbContext, Task<T?>> probe, TimeSpan timeout)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            await using var context = database.Context();
            if (await probe(context) is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Timed out after {timeout} waiting for {what}.");
            await Task.Delay(100);
        }
    }

    /// <summary>As <see cref="WaitForAsync{T}"/>, until <paramref name="condition"/> holds.</summary>
    public static Task WaitAsync(Database database, string what, Func<DashboardDbContext, Task<bool>> condition, TimeSpan timeout) =>
        WaitForAsync(database, what, async context => await condition(context) ? (object?)true : null, timeout);
}
