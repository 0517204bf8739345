using HealthDashboard.Domain.Engine;

namespace HealthDashboard.Web.Realtime;

/// <summary>
/// Tells subscribers which aggregates changed (eShop's OrderStatusNotificationService pattern): live pages and the
/// hub subscribe, the aggregation service publishes. A subscriber that throws is logged and does not stop the others.
/// </summary>
public sealed partial class AggregateChangeNotifier(ILogger<AggregateChangeNotifier> logger)
{
    private readonly Lock _gate = new();
    private ImmutableHandlers _handlers = new([]);

    public IDisposable Subscribe(Func<IReadOnlyList<AggregateChange>, Task> handler)
    {
        lock (_gate)
        {
            _handlers = new ImmutableHandlers([.. _handlers.Items, handler]);
        }

        return new Subscription(this, handler);
    }

    public async Task PublishAsync(IReadOnlyList<AggregateChange> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        foreach (var handler in _handlers.Items)
        {
            try
            {
                await handler(changes);
            }
            catch (Exception error)
            {
                LogSubscriberFailed(error);
            }
        }
    }

    private void Unsubscribe(Func<IReadOnlyList<AggregateChange>, Task> handler)
    {
        lock (_gate)
        {
            _handlers = new ImmutableHandlers(_handlers.Items.Where(h => h != handler).ToArray());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A subscriber to aggregate changes failed")]
    private partial void LogSubscriberFailed(Exception error);

    // Replaced, never mutated: publishing iterates a stable array without holding the lock.
    private sealed record ImmutableHandlers(Func<IReadOnlyList<AggregateChange>, Task>[] Items);

    private sealed class Subscription(AggregateChangeNotifier owner, Func<IReadOnlyList<AggregateChange>, Task> handler) : IDisposable
    {
        public void Dispose() => owner.Unsubscribe(handler);
    }
}
