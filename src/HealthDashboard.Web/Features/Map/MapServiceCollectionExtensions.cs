namespace HealthDashboard.Web.Features.Map;

public static class MapServiceCollectionExtensions
{
    public static IServiceCollection AddMap(this IServiceCollection services)
    {
        services.AddSingleton<MapService>();
        services.AddSingleton<MapGeometryCache>();
        services.AddSingleton<MapText>();
        services.AddSingleton<MapFigureBuilder>();
        return services;
    }
}
