using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.OrgUnits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The database from the "Database" section, its stores, and the background seeding on first start.</summary>
    public static IServiceCollection AddDashboardData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName));
        // Built on first use, from the options as bound then: tests set the connection string after Program starts.
        services.AddSingleton(sp => new Database(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.AddSingleton<OrgUnitStore>();
        services.AddSingleton<CatalogStore>();
        services.AddSingleton<DataValueStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DataStores>();
        services.AddSingleton<DataReadiness>();
        services.AddSingleton<DatabaseOutage>();
        services.AddHostedService<SampleDataSeedingService>();
        return services;
    }
}
