using HealthDashboard.Web.Api;
using HealthDashboard.Web.Realtime.Postgres;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthDashboard.Web.Features.DataValues;

public static class DataValuesServiceCollectionExtensions
{
    /// <summary>The checked, audited write path for raw values, and the API key (<c>Api:Key</c>) that guards it on the API.</summary>
    public static IServiceCollection AddDataValueWrites(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<NodeIdentity>();
        services.AddSingleton<DataValueWriter>();
        return services;
    }
}
