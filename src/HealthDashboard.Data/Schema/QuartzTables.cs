using HealthDashboard.Data.Db;

namespace HealthDashboard.Data.Schema;

/// <summary>The SQL of Quartz's tables for the initial migrations (Quartz has no EF model; Hangfire replaces it).</summary>
public static class QuartzTables
{
    /// <summary>Drops them again, children first (the initial migration's Down).</summary>
    public const string DropSql = """
        DROP TABLE IF EXISTS qrtz_fired_triggers; DROP TABLE IF EXISTS qrtz_paused_trigger_grps; DROP TABLE IF EXISTS qrtz_scheduler_state;
        DROP TABLE IF EXISTS qrtz_locks; DROP TABLE IF EXISTS qrtz_simple_triggers; DROP TABLE IF EXISTS qrtz_simprop_triggers;
        DROP TABLE IF EXISTS qrtz_cron_triggers; DROP TABLE IF EXISTS qrtz_blob_triggers; DROP TABLE IF EXISTS qrtz_triggers;
        DROP TABLE IF EXISTS qrtz_job_details; DROP TABLE IF EXISTS qrtz_calendars;
        """;

    public static string Sql(DatabaseProvider provider)
    {
        var name = $"HealthDashboard.Data.Schema.Quartz.{(provider == DatabaseProvider.Postgres ? "postgres" : "sqlite")}.sql";
        using var stream = typeof(QuartzTables).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
