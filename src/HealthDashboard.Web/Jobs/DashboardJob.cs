using Quartz;

namespace HealthDashboard.Web.Jobs;

/// <summary>One of the app's scheduled jobs: its Quartz key, its default schedule and what people call it.</summary>
public sealed record DashboardJob(
    string Key,
    Type JobType,
    string DefaultCron,
    string NameVi,
    string NameEn,
    string DescriptionVi,
    string DescriptionEn)
{
    public const string Group = "dashboard";

    public JobKey JobKey => new(Key, Group);

    /// <summary>The one cron trigger of the job; "run now" fires through separate one-off triggers.</summary>
    public TriggerKey TriggerKey => new(Key + "-schedule", Group);

    /// <summary>
    /// The job's cron trigger. Fire-and-proceed on misfire: after downtime that skipped one or more fire times, the job
    /// runs once when the scheduler is back, then keeps to its schedule.
    /// </summary>
    public ITrigger BuildTrigger(string cron, TimeZoneInfo zone) => TriggerBuilder.Create()
        .WithIdentity(TriggerKey)
        .ForJob(JobKey)
        .WithCronSchedule(cron, schedule => schedule.InTimeZone(zone).WithMisfireHandlingInstructionFireAndProceed())
        .StartNow()
        .Build();

    public string Name(bool vietnamese) => vietnamese ? NameVi : NameEn;

    public string Description(bool vietnamese) => vietnamese ? DescriptionVi : DescriptionEn;
}
