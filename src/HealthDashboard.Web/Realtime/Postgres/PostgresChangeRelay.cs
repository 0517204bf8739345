using HealthDashboard.Data.DataValues;
using HealthDashboard.Data.Db;
using HealthDashboard.Web.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HealthDashboard.Web.Realtime.Postgres;

/// <summary>
/// Carries other nodes' writes to this one (PostgreSQL only): one dedicated connection LISTENs on
/// <see cref="RawChangeNotice.Channel"/> and queues the keys of every notice not sent by this node, so this node's
/// aggregation recomputes them and its pages and hub clients see the change. A dropped connection is reopened with
/// backoff; notices sent while it was down are lost, so after a reconnect the aggregates are recomputed in full. Its
/// drop is also how the node learns at once that the server stopped or restarted (<see cref="DatabaseOutage"/>).
/// </summary>
public sealed partial class PostgresChangeRelay(
    IOptions<DatabaseOptions> options,
    DataReadiness readiness,
    DatabaseOutage outage,
    DirtyKeyQueue queue,
    NodeIdentity node,
    IServiceProvider services,
    ILogger<PostgresChangeRelay> logger) : BackgroundService
{
    // Without traffic a dead connection goes unnoticed; a query after this much silence finds out.
    private static readonly TimeSpan IdleCheck = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        try
        {
            await readiness.WhenReady.WaitAsync(stoppingToken);
        }
        catch (InvalidOperationException)
        {
            return; // The database could not be prepared; pages and the API say so, and there is nothing to listen to.
        }

        var backoff = FirstBackoff;
        var dropped = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(dropped, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                dropped = true;
                LogDropped(error, backoff.TotalSeconds);
                // This connection is the one always reading, so it hears first that the server is going (57P01 on a
                // restart): the outage's banner goes up and the pool's connections, all dead too, are dropped before a
                // person's request or the catch-up below draws one.
                outage.Report(error);
                try
                {
                    await Task.Delay(backoff, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    private async Task ListenAsync(bool reconnecting, CancellationToken stoppingToken)
    {
        var settings = new NpgsqlConnectionStringBuilder(options.Value.EffectiveConnectionString) { Pooling = false, TcpKeepAlive = true };
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, e) => OnNotification(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {RawChangeNotice.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        LogListening(RawChangeNotice.Channel, node.Id);
        if (reconnecting)
        {
            _ = CatchUpAsync(stoppingToken);
        }

        while (true)
        {
            if (!await connection.WaitAsync(IdleCheck, stoppingToken))
            {
                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                await ping.ExecuteScalarAsync(stoppingToken);
            }
        }
    }

    private void OnNotification(string payload)
    {
        if (!RawChangeNotice.TryDecode(payload, out var notice))
        {
            LogUnreadable(payload.Length > 200 ? payload[..200] : payload);
            return;
        }

        if (notice.Origin != node.Id)
        {
            queue.Enqueue(notice.Keys);
            LogRelayed(notice.Keys.Count, notice.Origin);
        }
    }

    private async Task CatchUpAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (services.GetService<AggregationService>() is { } aggregation)
            {
                await aggregation.RunFullAsync(null, stoppingToken);
                LogCaughtUp();
            }
        }
        catch (Exception error) when (!stoppingToken.IsCancellationRequested)
        {
            LogCatchUpFailed(error);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening on {Channel} for other nodes' changes (this node is {Node})")]
    private partial void LogListening(string channel, string node);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The LISTEN connection to PostgreSQL failed; reconnecting in {Seconds} s")]
    private partial void LogDropped(Exception error, double seconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Queued {Count} changed keys from node {Origin}")]
    private partial void LogRelayed(int count, string origin);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a notice that is not a change notice: {Payload}")]
    private partial void LogUnreadable(string payload);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recomputed all aggregates after the LISTEN connection came back")]
    private partial void LogCaughtUp();

    [LoggerMessage(Level = LogLevel.Error, Message = "The full recompute after the LISTEN connection came back failed")]
    private partial void LogCatchUpFailed(Exception error);
}
