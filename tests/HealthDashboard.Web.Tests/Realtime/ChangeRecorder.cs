using System.Threading.Channels;
using HealthDashboard.Domain.Engine;

namespace HealthDashboard.Web.Tests.Realtime;

/// <summary>Keeps what a hub client receives, so a test can wait for the change it expects.</summary>
public sealed class ChangeRecorder
{
    private readonly Channel<AggregateChange> _changes = Channel.CreateUnbounded<AggregateChange>();
    private readonly List<AggregateChange> _all = [];

    public void Record(AggregateChange change, long arrivedAt)
    {
        lock (_all)
        {
            _all.Add(change);
        }

        _changes.Writer.TryWrite(change);
    }

    public IReadOnlyList<AggregateChange> All
    {
        get
        {
            lock (_all)
            {
                return [.. _all];
            }
        }
    }

    /// <summary>The first change that matches, among those received so far and those still to come; a TimeoutException if none comes.</summary>
    public async Task<AggregateChange> WaitForAsync(Func<AggregateChange, bool> match, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var change = await _changes.Reader.ReadAsync(cancel.Token);
                if (match(change))
                {
                    return change;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No matching change within {timeout}; received: {string.Join("; ", All)}");
        }
    }
}
