using HealthDashboard.Data.Jobs;

namespace HealthDashboard.Web.Features.Quality;

/// <summary>
/// When the full checks last ran, so an empty list can be told apart: "nothing found" only after a run that
/// finished; "never checked" before any; a failed latest run said as such with the last good one beside it.
/// </summary>
public sealed record QualityCheckState(JobRun? LastSucceeded, JobRun? Latest)
{
    public bool NeverRun => LastSucceeded is null;

    public bool LatestFailed => Latest is { Outcome: JobOutcome.Failed or JobOutcome.Interrupted };

    public bool Running => Latest is { IsRunning: true };

    /// <summary>The state in one word, for tests and styles.</summary>
    public string Name => Running ? "running" : LatestFailed ? "failed" : NeverRun ? "never" : "succeeded";

    public static QualityCheckState Of(IReadOnlyList<JobRun> newestFirst) =>
        new(newestFirst.FirstOrDefault(r => r.Outcome == JobOutcome.Succeeded), newestFirst.FirstOrDefault());
}
