namespace HealthDashboard.Web.Jobs;

/// <summary>Where this node's scheduler is: starting (waiting for the database), running, turned off or failed.</summary>
public enum SchedulerState
{
    Starting = 1,
    Running = 2,
    Disabled = 3,
    Failed = 4,
}
