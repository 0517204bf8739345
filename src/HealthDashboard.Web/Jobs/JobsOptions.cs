namespace HealthDashboard.Web.Jobs;

/// <summary>The "Jobs" configuration section: the Hangfire server that runs recalculations on a schedule.</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Off: no job server on this node (schedules stay in the database for the nodes that have one).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The zone cron expressions are read in, and fire times are shown in.</summary>
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    /// <summary>
    /// On SQLite, Hangfire's own database file. Empty: beside the app's database, its name ending in "-jobs.db". Hangfire
    /// writes through its own SQLite connections; a file of its own keeps them from waiting on the app's long writes.
    /// </summary>
    public string? SqliteFile { get; set; }

    /// <summary>How often an idle worker asks the queue for a run (on every node; how soon a "run now" starts).</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a node looks for recurring occurrences and delayed runs that are due.</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a run taken from the queue stays invisible to the other nodes: a node killed mid-run has its run
    /// taken up again by another node after this long (PostgreSQL keeps it alive while the node lives).
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often a node tells the others it is alive; a node silent for four of these is gone.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a run waits for another run of the same job (on any node) to end before it gives up and is retried.</summary>
    public TimeSpan RunLockTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often a running job's progress is written to the database for the admin pages of other nodes.</summary>
    public TimeSpan ProgressWriteInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Day of the month by which the previous month's reports are due; completeness counts months past it.</summary>
    public int ReportingDeadlineDay { get; set; } = Domain.Reporting.ReportDeadline.DefaultDay;

    public TimeZoneInfo FindZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>The node silent longer than this is taken as gone (its runs left "running" are closed as interrupted).</summary>
    public TimeSpan ServerTimeout => HeartbeatInterval * 4;
}
