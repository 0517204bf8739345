using System.Data.Common;
using HealthDashboard.Data.Schema;

namespace HealthDashboard.Data.Tests.Schema;

/// <summary>A past release's database whose admins paused and re-timed jobs under Quartz keeps both once Quartz's tables go.</summary>
public sealed class QuartzCarryOverTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task PausedSchedulesAndCronsMoveToAppStateAndQuartzTablesGo(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await ReleaseFixture.LoadIntoAsync(db);
        await using (var connection = await db.Database.OpenAsync())
        {
            await AddQuartzScheduleAsync(connection, "recompute", "0 30 4 * * ?", "PAUSED");
            await AddQuartzScheduleAsync(connection, "data-quality", "0 0 3 * * ?", "WAITING");
        }

        await new SchemaMigrator(db.Database).MigrateAsync();

        await using var after = await db.Database.OpenAsync();
        var state = await ReadAppStateAsync(after, "job.%");
        Assert.Equal("true", state["job.paused.recompute"]);
        Assert.False(state.ContainsKey("job.paused.data-quality"));
        Assert.Equal("0 30 4 * * ?", state[QuartzCarryOver.CronPrefix + "recompute"]);
        Assert.Equal("0 0 3 * * ?", state[QuartzCarryOver.CronPrefix + "data-quality"]);
        Assert.DoesNotContain(await SchemaDescription.ReadAsync(db.Database), line => line.StartsWith("qrtz_", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task AddQuartzScheduleAsync(DbConnection connection, string job, string cron, string state)
    {
        await ExecuteAsync(connection, $"""
            INSERT INTO qrtz_job_details (sched_name, job_name, job_group, job_class_name, is_durable, is_nonconcurrent, is_update_data, requests_recovery)
            VALUES ('HealthDashboard', '{job}', 'dashboard', 'HealthDashboard.Web.Jobs.RecomputeJob', true, true, false, false);
            INSERT INTO qrtz_triggers (sched_name, trigger_name, trigger_group, job_name, job_group, trigger_state, trigger_type, start_time)
            VALUES ('HealthDashboard', '{job}-schedule', 'dashboard', '{job}', 'dashboard', '{state}', 'CRON', 0);
            INSERT INTO qrtz_cron_triggers (sched_name, trigger_name, trigger_group, cron_expression, time_zone_id)
            VALUES ('HealthDashboard', '{job}-schedule', 'dashboard', '{cron}', 'Asia/Ho_Chi_Minh');
            """);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<Dictionary<string, string>> ReadAppStateAsync(DbConnection connection, string pattern)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT key, value FROM app_state WHERE key LIKE '{pattern}'";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<string, string>();
        while (await reader.ReadAsync())
        {
            rows[reader.GetString(0)] = reader.GetString(1);
        }

        return rows;
    }
}
