namespace HealthDashboard.Web.Jobs;

/// <summary>A job as the admin page shows it: its schedule, whether it is paused, and its next fire times (in the job's zone).</summary>
public sealed record JobSchedule(
    DashboardJob Job,
    string Cron,
    TimeZoneInfo Zone,
    bool Paused,
    IReadOnlyList<DateTimeOffset> NextFireTimes);
