namespace HealthDashboard.Data.Jobs;

/// <summary>Where a job run stands: still running, or how it ended.</summary>
public enum JobOutcome
{
    Running = 1,
    Succeeded = 2,
    Failed = 3,

    /// <summary>Stopped before it finished: the node shut down or died, or the run was cancelled.</summary>
    Interrupted = 4,
}
