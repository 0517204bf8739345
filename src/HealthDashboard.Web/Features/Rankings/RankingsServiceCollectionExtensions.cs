namespace HealthDashboard.Web.Features.Rankings;

public static class RankingsServiceCollectionExtensions
{
    public static IServiceCollection AddRankings(this IServiceCollection services) =>
        services.AddSingleton<RankingService>().AddSingleton<RankingsText>();
}
