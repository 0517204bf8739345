namespace HealthDashboard.Web.Features.Trends;

public static class TrendsServiceCollectionExtensions
{
    public static IServiceCollection AddTrends(this IServiceCollection services) =>
        services.AddSingleton<TrendService>().AddSingleton<TrendsText>();
}
