using System.Diagnostics;
using System.Net;
using HealthDashboard.Domain.Engine;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace HealthDashboard.Cli.Hub;

/// <summary>
/// The app's <c>/hubs/indicators</c> through the SignalR .NET client: straight over WebSockets (no negotiate round
/// trip, which the bench would pay a thousand times), signed in with an API key header or a browser's cookies.
/// A refused invocation (say, Subscribe with an unknown code) throws <see cref="HubException"/> carrying the hub's reason.
/// </summary>
public static class IndicatorsHubConnection
{
    /// <summary>The hub's address for an app address: http://host:5000 → http://host:5000/hubs/indicators.</summary>
    public static Uri Address(Uri app) => new UriBuilder(app) { Path = "/hubs/indicators", Query = "" }.Uri;

    /// <param name="apiKey">A machine's sign-in, sent as the X-Api-Key header (WebSockets outside a browser can).</param>
    /// <param name="onChange">Each change with the <see cref="Stopwatch.GetTimestamp"/> of its arrival; attached before
    /// the connection starts, so no change sent right after connecting is missed. Runs on the receiving loop: keep it short.</param>
    /// <param name="cookies">Or a browser's sign-in cookies (a person's or a kiosk's), for tests of who may subscribe to what.</param>
    public static async Task<HubConnection> ConnectAsync(Uri app, string? apiKey, Action<AggregateChange, long>? onChange = null,
        CookieContainer? cookies = null, CancellationToken cancellationToken = default)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(Address(app), HttpTransportType.WebSockets, options =>
            {
                options.SkipNegotiation = true;
                if (!string.IsNullOrEmpty(apiKey))
                {
                    options.Headers["X-Api-Key"] = apiKey;
                }

                if (cookies is not null)
                {
                    options.Cookies = cookies;
                }
            })
            .Build();
        if (onChange is not null)
        {
            connection.On<AggregateChange>("AggregateChanged", change => onChange(change, Stopwatch.GetTimestamp()));
        }

        try
        {
            await connection.StartAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public static Task SubscribeAsync(this HubConnection hub, string indicator, string orgUnit, CancellationToken cancellationToken = default) =>
        hub.InvokeAsync("Subscribe", indicator, orgUnit, cancellationToken);

    public static Task UnsubscribeAsync(this HubConnection hub, string indicator, string orgUnit, CancellationToken cancellationToken = default) =>
        hub.InvokeAsync("Unsubscribe", indicator, orgUnit, cancellationToken);
}
