using HealthDashboard.Web.Realtime.Postgres;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthDashboard.Web.Realtime.Hub;

public static class RealtimePushExtensions
{
    /// <summary>
    /// The hub for outside clients, the broadcaster that feeds it from the aggregation's changes, and on PostgreSQL the
    /// relay that brings other nodes' writes here (it does nothing on SQLite; the provider is only known once bound).
    /// </summary>
    public static IServiceCollection AddRealtimePush(this IServiceCollection services)
    {
        services.AddSignalR().AddHubOptions<IndicatorsHub>(hub =>
        {
            // Clients only send Subscribe and Unsubscribe, a few dozen bytes each.
            hub.MaximumReceiveMessageSize = 4 * 1024;
            hub.EnableDetailedErrors = false;
        });
        services.TryAddSingleton<NodeIdentity>();
        services.AddHostedService<HubChangeBroadcaster>();
        services.AddHostedService<PostgresChangeRelay>();
        return services;
    }

    public static IEndpointRouteBuilder MapRealtimePush(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<IndicatorsHub>(IndicatorsHub.Path).RequireAuthorization(Features.Security.Policies.AnyClient);
        return endpoints;
    }
}
