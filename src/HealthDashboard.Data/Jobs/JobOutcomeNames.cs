namespace HealthDashboard.Data.Jobs;

/// <summary>The stable text of <see cref="JobOutcome"/> in the job_run table.</summary>
public static class JobOutcomeNames
{
    public static string ToName(JobOutcome outcome) => outcome switch
    {
        JobOutcome.Running => "running",
        JobOutcome.Succeeded => "succeeded",
        JobOutcome.Failed => "failed",
        JobOutcome.Interrupted => "interrupted",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static JobOutcome Parse(string name) => name switch
    {
        "running" => JobOutcome.Running,
        "succeeded" => JobOutcome.Succeeded,
        "failed" => JobOutcome.Failed,
        "interrupted" => JobOutcome.Interrupted,
        _ => throw new FormatException($"Unknown job outcome '{name}'."),
    };
}
