using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using HealthDashboard.Domain.Engine;

namespace HealthDashboard.Cli.Hub;

/// <summary>
/// A client of the app's <c>/hubs/indicators</c> speaking SignalR's JSON hub protocol over a plain
/// <see cref="ClientWebSocket"/>: the .NET SignalR client does not restore from this project's feed. It connects
/// straight over WebSockets (no negotiate request, which SignalR allows for that transport), sends the handshake,
/// invokes Subscribe/Unsubscribe, raises <see cref="AggregateChanged"/> for each change, and pings so the server keeps
/// it. The bench opens a thousand of these; the tests use it too.
/// </summary>
public sealed class IndicatorsHubClient : IAsyncDisposable
{
    private static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan CloseWait = TimeSpan.FromSeconds(2);

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _pending = new();
    private readonly TaskCompletionSource _handshake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private Task _receiving = Task.CompletedTask;
    private Task _pinging = Task.CompletedTask;
    private int _lastInvocationId;

    private IndicatorsHubClient()
    {
    }

    /// <summary>A change, with the <see cref="Stopwatch.GetTimestamp"/> of its arrival. Raised on the receiving task: keep it short.</summary>
    public event Action<AggregateChange, long>? AggregateChanged;

    /// <summary>Why the connection ended, once it has.</summary>
    public string? CloseReason { get; private set; }

    public bool IsOpen => _socket.State == WebSocketState.Open && CloseReason is null;

    /// <summary>The hub's WebSocket address for an app address: http://host:5000 → ws://host:5000/hubs/indicators.</summary>
    public static Uri HubAddress(Uri app) =>
        new UriBuilder(app) { Scheme = app.Scheme == Uri.UriSchemeHttps ? "wss" : "ws", Path = "/hubs/indicators", Query = "" }.Uri;

    /// <param name="apiKey">The hub needs a sign-in: a machine sends its API key as a header (WebSockets outside a browser can).</param>
    /// <param name="onChange">Attached before the handshake, so no change sent right after connecting is missed.</param>
    /// <param name="cookies">Or a browser's sign-in cookies (a person's or a kiosk's), for tests of who may subscribe to what.</param>
    public static async Task<IndicatorsHubClient> ConnectAsync(Uri app, string? apiKey, Action<AggregateChange, long>? onChange = null,
        CancellationToken cancellationToken = default, System.Net.CookieContainer? cookies = null)
    {
        var client = new IndicatorsHubClient();
        client.AggregateChanged += onChange;
        client._socket.Options.Cookies = cookies;
        if (!string.IsNullOrEmpty(apiKey))
        {
            client._socket.Options.SetRequestHeader("X-Api-Key", apiKey);
        }

        try
        {
            await client._socket.ConnectAsync(HubAddress(app), cancellationToken);
            client._receiving = Task.Run(client.ReceiveAsync, CancellationToken.None);
            await client.SendAsync("{\"protocol\":\"json\",\"version\":1}", cancellationToken);
            await client._handshake.Task.WaitAsync(cancellationToken);
            client._pinging = Task.Run(client.PingAsync, CancellationToken.None);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    public Task SubscribeAsync(string indicator, string orgUnit, CancellationToken cancellationToken = default) =>
        InvokeAsync("Subscribe", [indicator, orgUnit], cancellationToken);

    public Task UnsubscribeAsync(string indicator, string orgUnit, CancellationToken cancellationToken = default) =>
        InvokeAsync("Unsubscribe", [indicator, orgUnit], cancellationToken);

    /// <summary>Calls a hub method and waits for its completion; a hub error becomes <see cref="HubCallException"/>.</summary>
    public async Task InvokeAsync(string target, object?[] arguments, CancellationToken cancellationToken = default)
    {
        var id = Interlocked.Increment(ref _lastInvocationId).ToString(CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        try
        {
            await SendAsync(JsonSerializer.Serialize(new { type = 1, invocationId = id, target, arguments }), cancellationToken);
            await completion.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                // The server answers the close frame, which ends the receiving loop by itself.
                using var timeout = new CancellationTokenSource(CloseWait);
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                await _receiving.WaitAsync(CloseWait);
            }
            catch (Exception error) when (error is WebSocketException or OperationCanceledException or TimeoutException)
            {
                // Closing is best effort; the socket is aborted below.
            }
        }

        await _stop.CancelAsync();
        // Neither loop throws: each ends quietly once the socket is closed or aborted.
        await Task.WhenAll(_receiving, _pinging);
        _socket.Dispose();
        _stop.Dispose();
        _sendLock.Dispose();
    }

    private async Task SendAsync(string message, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(message + (char)RecordSplitter.Separator);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task PingAsync()
    {
        try
        {
            while (IsOpen)
            {
                await Task.Delay(PingInterval, _stop.Token);
                await SendAsync("{\"type\":6}", _stop.Token);
            }
        }
        catch (Exception)
        {
            // The connection is going away; the receiving loop records why.
        }
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[8 * 1024];
        var records = new RecordSplitter();
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer.AsMemory(), _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    CloseReason ??= "closed by the server";
                    break;
                }

                records.Push(buffer.AsSpan(0, result.Count), Handle);
            }
        }
        catch (Exception error)
        {
            // Whatever ends the loop (socket error, our own cancel, a record that is not the JSON protocol) ends the connection.
            CloseReason ??= error is OperationCanceledException ? "closed by the client" : error.Message;
        }
        finally
        {
            var ended = new HubCallException($"The hub connection ended: {CloseReason}");
            _handshake.TrySetException(ended);
            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(ended);
            }
        }
    }

    private void Handle(ReadOnlySpan<byte> record)
    {
        var arrived = Stopwatch.GetTimestamp();
        var reader = new Utf8JsonReader(record);
        using var document = JsonDocument.ParseValue(ref reader);
        var message = document.RootElement;
        if (!_handshake.Task.IsCompleted)
        {
            // The handshake answer is {} or {"error":"…"}.
            if (message.TryGetProperty("error", out var refused))
            {
                _handshake.TrySetException(new HubCallException($"The hub refused the handshake: {refused.GetString()}"));
            }
            else
            {
                _handshake.TrySetResult();
            }

            return;
        }

        switch (message.TryGetProperty("type", out var type) ? type.GetInt32() : 0)
        {
            case 1 when message.GetProperty("target").GetString() == "AggregateChanged":
                var change = message.GetProperty("arguments")[0].Deserialize<AggregateChange>(JsonSerializerOptions.Web);
                if (change is not null)
                {
                    AggregateChanged?.Invoke(change, arrived);
                }

                break;
            case 3 when _pending.TryGetValue(message.GetProperty("invocationId").GetString() ?? "", out var completion):
                if (message.TryGetProperty("error", out var error))
                {
                    completion.TrySetException(new HubCallException(error.GetString() ?? "the hub method failed"));
                }
                else
                {
                    completion.TrySetResult();
                }

                break;
            case 7:
                CloseReason = message.TryGetProperty("error", out var why) ? why.GetString() : "closed by the server";
                break;
        }
    }
}
