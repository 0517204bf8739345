using System.Diagnostics;
using HealthDashboard.Domain.Engine;

namespace HealthDashboard.Cli.Hub;

/// <summary>
/// One save of the latency bench: which change counts as its echo, and when each client received it. A change counts
/// when it is for the watched indicator, unit and period and newer than every version seen before the save, so a
/// late echo of the previous save is never taken for this one.
/// </summary>
public sealed class SaveRound
{
    private readonly string _indicator;
    private readonly string _orgUnit;
    private readonly string _period;
    private readonly long _versionAbove;
    private readonly long _savedAt;
    private readonly int[] _received;
    private readonly double[] _latencyMs;
    private readonly TaskCompletionSource _everyone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _remaining;
    private long _maxVersion;

    public SaveRound(int clients, string indicator, string orgUnit, string period, long versionAbove, long savedAt)
    {
        (_indicator, _orgUnit, _period, _versionAbove, _savedAt) = (indicator, orgUnit, period, versionAbove, savedAt);
        _received = new int[clients];
        _latencyMs = new double[clients];
        _remaining = clients;
        _maxVersion = versionAbove;
    }

    /// <summary>The newest snapshot version a client received for this save: the next save's threshold.</summary>
    public long MaxVersion => Interlocked.Read(ref _maxVersion);

    public int Missed => Volatile.Read(ref _remaining);

    public IEnumerable<double> Latencies => _latencyMs.Where((_, i) => Volatile.Read(ref _received[i]) == 1);

    public void Receive(int client, AggregateChange change, long arrivedAt)
    {
        if (change.Version <= _versionAbove || change.Period != _period
            || !string.Equals(change.Indicator, _indicator, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(change.OrgUnit, _orgUnit, StringComparison.OrdinalIgnoreCase)
            || Interlocked.Exchange(ref _received[client], 1) == 1)
        {
            return;
        }

        _latencyMs[client] = Stopwatch.GetElapsedTime(_savedAt, arrivedAt).TotalMilliseconds;
        for (var seen = Interlocked.Read(ref _maxVersion); change.Version > seen; seen = Interlocked.Read(ref _maxVersion))
        {
            if (Interlocked.CompareExchange(ref _maxVersion, change.Version, seen) == seen)
            {
                break;
            }
        }

        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            _everyone.TrySetResult();
        }
    }

    /// <summary>True when every client received the change in time; false after the timeout, with <see cref="Missed"/> counting who did not.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await _everyone.Task.WaitAsync(timeout, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
