namespace HealthDashboard.Web.Features.Wall;

public static class WallServiceCollectionExtensions
{
    public static IServiceCollection AddWall(this IServiceCollection services)
    {
        services.AddSingleton<WallText>();
        services.AddSingleton<WallKpiTileHtml>();
        return services;
    }
}
