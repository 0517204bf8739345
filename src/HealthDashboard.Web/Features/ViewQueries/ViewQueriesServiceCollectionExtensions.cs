namespace HealthDashboard.Web.Features.ViewQueries;

public static class ViewQueriesServiceCollectionExtensions
{
    public static IServiceCollection AddViewQueries(this IServiceCollection services) => services.AddSingleton<ViewQueryService>();
}
