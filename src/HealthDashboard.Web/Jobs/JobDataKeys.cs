namespace HealthDashboard.Web.Jobs;

/// <summary>The keys "run now" puts in its one-off trigger's data map (strings only: the store keeps properties).</summary>
public static class JobDataKeys
{
    public const string Manual = "manual";

    /// <summary>The node whose admin page asked: with a cluster, another node may be the one that runs it.</summary>
    public const string RequestedBy = "requestedBy";
}
