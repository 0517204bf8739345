namespace HealthDashboard.Web.Jobs;

/// <summary>The "Jobs" configuration section: the Quartz scheduler that runs recalculations on a schedule.</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Off: no scheduler on this node (schedules stay in the database for the nodes that have one).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The same on every node of a cluster: Quartz shares schedules between instances of one name.</summary>
    public string SchedulerName { get; set; } = "HealthDashboard";

    /// <summary>The zone cron expressions are read in, and fire times are shown in.</summary>
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    /// <summary>How often a clustered node tells the others it is alive; a node silent for longer is taken over.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a node's scheduler sleeps when nothing is due before it looks at the store again (Quartz's default, 30 s).
    /// Runs asked for on this node start at once whatever it is; on a cluster it is how soon other nodes notice.
    /// </summary>
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a running job's progress is written to the database for the admin pages of other nodes.</summary>
    public TimeSpan ProgressWriteInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Day of the month by which the previous month's reports are due; completeness counts months past it.</summary>
    public int ReportingDeadlineDay { get; set; } = 5;

    public TimeZoneInfo FindZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
