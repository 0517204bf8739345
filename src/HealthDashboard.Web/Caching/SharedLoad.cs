namespace HealthDashboard.Web.Caching;

/// <summary>
/// A value loaded once and shared by every circuit and request. A failed or cancelled load is not kept, so a database
/// hiccup is retried on the next call instead of sticking; one caller's cancellation never cancels the shared load.
/// </summary>
public sealed class SharedLoad<T>(Func<CancellationToken, Task<T>> load)
{
    private readonly Lock _lock = new();
    private Task<T>? _task;

    public Task<T> GetAsync(CancellationToken cancellationToken = default)
    {
        Task<T> task;
        lock (_lock)
        {
            if (_task is null || _task.IsFaulted || _task.IsCanceled)
            {
                _task = Task.Run(() => load(CancellationToken.None), CancellationToken.None);
            }

            task = _task;
        }

        return task.WaitAsync(cancellationToken);
    }

    /// <summary>Forgets the value, so the next call loads it again (after an admin edits the tree or the catalog).</summary>
    public void Invalidate()
    {
        lock (_lock)
        {
            _task = null;
        }
    }
}
