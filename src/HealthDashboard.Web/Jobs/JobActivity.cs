using System.Collections.Concurrent;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// Runs in progress on this node, and an event for every start, progress step and end: the admin page on this node
/// draws its bar from here; pages on other nodes read job_run's progress column instead.
/// </summary>
public sealed partial class JobActivity(ILogger<JobActivity> logger)
{
    private readonly ConcurrentDictionary<long, LiveRun> _running = new();

    public event Action<LiveRun>? Changed;

    public IReadOnlyCollection<LiveRun> Running => _running.Values.ToList();

    public void Report(LiveRun run)
    {
        if (run.Finished)
        {
            _running.TryRemove(run.RunId, out _);
        }
        else
        {
            _running[run.RunId] = run;
        }

        try
        {
            Changed?.Invoke(run);
        }
        catch (Exception error)
        {
            // A page that fails to take the news must not fail the job.
            LogSubscriberFailed(error);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A subscriber to job activity failed")]
    private partial void LogSubscriberFailed(Exception error);
}
