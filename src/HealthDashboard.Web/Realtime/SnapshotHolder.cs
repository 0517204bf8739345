using HealthDashboard.Domain.Engine;

namespace HealthDashboard.Web.Realtime;

/// <summary>
/// The one live aggregate snapshot that every page, API call and hub shares. Swapping is a single reference write,
/// so a reader holds either the old version or the new one, never a mix.
/// </summary>
public sealed class SnapshotHolder
{
    private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile AggregateSnapshot? _current;

    /// <summary>The live snapshot, or null before the first one is loaded or computed.</summary>
    public AggregateSnapshot? Current => _current;

    /// <summary>Completes when the first snapshot is there.</summary>
    public Task WhenAvailable => _first.Task;

    public event Action<AggregateSnapshot>? Swapped;

    public void Swap(AggregateSnapshot next)
    {
        _current = next;
        _first.TrySetResult();
        Swapped?.Invoke(next);
    }

    /// <summary>The live snapshot, waiting for the first one if need be.</summary>
    public async Task<AggregateSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        await WhenAvailable.WaitAsync(cancellationToken);
        return _current!;
    }
}
