using System.Buffers;

namespace HealthDashboard.Cli.Hub;

/// <summary>
/// Cuts what a hub connection receives into SignalR's records, each ended by 0x1E. A WebSocket frame may hold several
/// records or part of one, so the unfinished tail is kept for the next frame.
/// </summary>
internal sealed class RecordSplitter
{
    public const byte Separator = 0x1E;

    private readonly ArrayBufferWriter<byte> _partial = new();

    public delegate void RecordHandler(ReadOnlySpan<byte> record);

    public void Push(ReadOnlySpan<byte> data, RecordHandler handle)
    {
        for (var end = data.IndexOf(Separator); end >= 0; end = data.IndexOf(Separator))
        {
            if (_partial.WrittenCount > 0)
            {
                _partial.Write(data[..end]);
                handle(_partial.WrittenSpan);
                _partial.Clear();
            }
            else
            {
                handle(data[..end]);
            }

            data = data[(end + 1)..];
        }

        _partial.Write(data);
    }
}
