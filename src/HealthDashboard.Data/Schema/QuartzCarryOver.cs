using HealthDashboard.Data.Db;

namespace HealthDashboard.Data.Schema;

/// <summary>
/// The SQL that moves what an admin set under Quartz into app_state before Quartz's tables go (migration DropQuartz):
/// a paused schedule becomes the pause row Hangfire's filter reads ("job.paused.&lt;job&gt;"), and each schedule's cron a
/// "job.cron.from-quartz.&lt;job&gt;" row that the jobs' start-up takes once (JobsBootstrap). Quartz named a job's trigger
/// "&lt;job&gt;-schedule" in the group "dashboard".
/// </summary>
public static class QuartzCarryOver
{
    public const string CronPrefix = "job.cron.from-quartz.";
    public const string PausePrefix = "job.paused.";

    public static string Sql(DatabaseProvider provider)
    {
        // EF Core's SQLite provider writes DateTime as "yyyy-MM-dd HH:mm:ss.FFFFFFF"; strftime's %f adds milliseconds.
        var now = provider == DatabaseProvider.Postgres ? "now()" : "strftime('%Y-%m-%d %H:%M:%f', 'now')";
        const string job = "substr(t.trigger_name, 1, length(t.trigger_name) - length('-schedule'))";
        const string ours = "t.trigger_group = 'dashboard' AND t.trigger_name LIKE '%-schedule'";
        return $"""
            INSERT INTO app_state (key, value, updated_at)
            SELECT '{PausePrefix}' || {job}, 'true', {now}
            FROM qrtz_triggers t
            WHERE {ours} AND t.trigger_state IN ('PAUSED', 'PAUSED_BLOCKED')
            ON CONFLICT (key) DO NOTHING;
            INSERT INTO app_state (key, value, updated_at)
            SELECT '{CronPrefix}' || {job}, c.cron_expression, {now}
            FROM qrtz_cron_triggers c
            JOIN qrtz_triggers t ON t.sched_name = c.sched_name AND t.trigger_name = c.trigger_name AND t.trigger_group = c.trigger_group
            WHERE {ours}
            ON CONFLICT (key) DO NOTHING;
            """;
    }
}
