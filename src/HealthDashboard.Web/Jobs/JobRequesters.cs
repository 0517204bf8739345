namespace HealthDashboard.Web.Jobs;

/// <summary>Who asked for a run that no schedule made, as job_run.requested_by holds it.</summary>
public static class JobRequesters
{
    /// <summary>Every node's start asks for the reports-due upkeep: months may have ended while no node ran.</summary>
    public const string StartUp = "start-up";
}
