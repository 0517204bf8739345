using System.Threading.Channels;
using HealthDashboard.Domain.Engine;
using Microsoft.AspNetCore.SignalR;

namespace HealthDashboard.Web.Realtime.Hub;

/// <summary>
/// Sends every published aggregate change to the hub group of its (indicator, org unit). Publishing only queues the
/// changes: a slow hub client must never hold up the aggregation service, which also serves the pages.
/// Clients connected to this hub but subscribed to nothing still get the "everything changed" notice; it is rare
/// (only a full recompute that changes more values than can be listed) and tells them to read afresh.
/// </summary>
public sealed partial class HubChangeBroadcaster(
    AggregateChangeNotifier notifier,
    IHubContext<IndicatorsHub> hub,
    ILogger<HubChangeBroadcaster> logger) : BackgroundService
{
    private readonly Channel<IReadOnlyList<AggregateChange>> _pending =
        Channel.CreateUnbounded<IReadOnlyList<AggregateChange>>(new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = notifier.Subscribe(changes =>
        {
            _pending.Writer.TryWrite(changes);
            return Task.CompletedTask;
        });

        try
        {
            await foreach (var changes in _pending.Reader.ReadAllAsync(stoppingToken))
            {
                await SendAsync(changes, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task SendAsync(IReadOnlyList<AggregateChange> changes, CancellationToken stoppingToken)
    {
        foreach (var change in changes)
        {
            try
            {
                // "Everything changed" (a full recompute too large to list) concerns every subscriber, whatever its group.
                var clients = change.Indicator == AggregateChange.Everything
                    ? hub.Clients.All
                    : hub.Clients.Group(HubGroups.Of(change.Indicator, change.OrgUnit));
                // The message is serialised once and written to each member's buffer.
                await clients.SendAsync(IndicatorsHub.AggregateChanged, change, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogSendFailed(error, change.Indicator, change.OrgUnit);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending the change of {Indicator} for {OrgUnit} to hub clients failed")]
    private partial void LogSendFailed(Exception error, string indicator, string orgUnit);
}
