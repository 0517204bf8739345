namespace HealthDashboard.Web.Jobs;

/// <summary>
/// One of the app's scheduled jobs: its key (the Hangfire recurring job's id and job_run's job_key), the class that
/// does the work, its default schedule and what people call it.
/// </summary>
public sealed record DashboardJob(
    string Key,
    Type JobType,
    string DefaultCron,
    string NameVi,
    string NameEn,
    string DescriptionVi,
    string DescriptionEn)
{
    public string Name(bool vietnamese) => vietnamese ? NameVi : NameEn;

    public string Description(bool vietnamese) => vietnamese ? DescriptionVi : DescriptionEn;
}
