using System.Threading.Channels;
using HealthDashboard.Domain.Engine;

namespace HealthDashboard.Web.Realtime;

/// <summary>
/// The keys of raw values written on this node (entry form, import, API) or, on PostgreSQL, announced by another
/// node: the aggregation service drains it in batches and recomputes only what they touch.
/// </summary>
public sealed class DirtyKeyQueue
{
    private readonly Channel<RawKey> _channel = Channel.CreateUnbounded<RawKey>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<RawKey> Reader => _channel.Reader;

    public void Enqueue(IEnumerable<RawKey> keys)
    {
        foreach (var key in keys)
        {
            _channel.Writer.TryWrite(key);
        }
    }
}
