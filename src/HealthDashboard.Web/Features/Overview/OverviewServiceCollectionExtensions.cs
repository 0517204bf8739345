namespace HealthDashboard.Web.Features.Overview;

public static class OverviewServiceCollectionExtensions
{
    public static IServiceCollection AddOverview(this IServiceCollection services)
    {
        services.AddSingleton<OverviewService>();
        services.AddSingleton<OverviewText>();
        return services;
    }
}
