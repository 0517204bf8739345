namespace HealthDashboard.Web.Storage;

/// <summary>
/// Whether the database is migrated and seeded. Seeding an empty database takes tens of seconds and the site must
/// answer meanwhile, so pages and the API ask here first and pages subscribe to <see cref="Changed"/> to show the
/// data without a reload.
/// </summary>
public sealed class DataReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DataState State { get; private set; } = DataState.Preparing;

    public bool IsReady => State == DataState.Ready;

    /// <summary>How long the first-start seeding took, when this start seeded the database.</summary>
    public TimeSpan? SeedingTime { get; private set; }

    /// <summary>Completes when ready; faults when preparing failed, so waiting callers do not hang.</summary>
    public Task WhenReady => _ready.Task;

    public event Action? Changed;

    public void MarkReady(TimeSpan? seedingTime)
    {
        SeedingTime = seedingTime;
        State = DataState.Ready;
        _ready.TrySetResult();
        Changed?.Invoke();
    }

    public void MarkFailed(Exception error)
    {
        State = DataState.Failed;
        _ready.TrySetException(new InvalidOperationException("The database could not be prepared.", error));
        Changed?.Invoke();
    }
}
