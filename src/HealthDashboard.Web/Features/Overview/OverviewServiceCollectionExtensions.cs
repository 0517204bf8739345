using HealthDashboard.Web.Features.Completeness;

namespace HealthDashboard.Web.Features.Overview;

public static class OverviewServiceCollectionExtensions
{
    public static IServiceCollection AddOverview(this IServiceCollection services)
    {
        services.AddSingleton<OverviewService>();
        services.AddSingleton<OverviewText>();
        services.AddCompleteness();
        return services;
    }
}
