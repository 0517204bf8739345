using Quartz;

namespace HealthDashboard.Web.Jobs;

/// <summary>This node's Quartz scheduler once it has started: the admin page asks here, the host fills it in.</summary>
public sealed class SchedulerHolder
{
    private readonly TaskCompletionSource<IScheduler> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SchedulerState State { get; private set; } = SchedulerState.Starting;

    public IScheduler? Scheduler { get; private set; }

    /// <summary>Completes when the scheduler runs; faults when it cannot, so callers do not wait for ever.</summary>
    public Task<IScheduler> WhenStarted => _started.Task;

    public event Action? Changed;

    public void MarkRunning(IScheduler scheduler)
    {
        (Scheduler, State) = (scheduler, SchedulerState.Running);
        _started.TrySetResult(scheduler);
        Changed?.Invoke();
    }

    public void MarkDisabled()
    {
        State = SchedulerState.Disabled;
        _started.TrySetException(new InvalidOperationException("The scheduler is turned off on this node (Jobs:Enabled = false)."));
        Changed?.Invoke();
    }

    public void MarkFailed(Exception error)
    {
        State = SchedulerState.Failed;
        _started.TrySetException(new InvalidOperationException("The scheduler could not start.", error));
        Changed?.Invoke();
    }
}
