namespace HealthDashboard.Data.Jobs;

/// <summary>One execution of a scheduled job, as the history shows it. Times are UTC.</summary>
public sealed record JobRun
{
    public long Id { get; init; }
    public required string JobKey { get; init; }

    /// <summary>This one execution: the Hangfire job id and a suffix of its own (a retried job runs again under a new one).</summary>
    public required string FireId { get; init; }

    /// <summary>Started by "run now" rather than by its schedule.</summary>
    public bool Manual { get; init; }

    /// <summary>For a manual run, the node whose admin page asked for it (another node may have run it).</summary>
    public string? RequestedBy { get; init; }

    /// <summary>The node that ran it (<c>Node:Id</c>).</summary>
    public required string Node { get; init; }

    public DateTime StartedAt { get; init; }
    public DateTime? EndedAt { get; init; }
    public JobOutcome Outcome { get; init; }

    /// <summary>What the job produced: aggregates, completeness rows or findings.</summary>
    public long? RowCount { get; init; }

    public string? Error { get; init; }

    /// <summary>0…1.</summary>
    public double Progress { get; init; }

    public DateTime UpdatedAt { get; init; }

    public TimeSpan? Duration => EndedAt - StartedAt;

    public bool IsRunning => Outcome == JobOutcome.Running;
}
