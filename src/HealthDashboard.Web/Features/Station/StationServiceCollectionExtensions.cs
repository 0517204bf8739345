namespace HealthDashboard.Web.Features.Station;

public static class StationServiceCollectionExtensions
{
    public static IServiceCollection AddStationProfile(this IServiceCollection services) =>
        services.AddSingleton<StationService>().AddSingleton<StationText>();
}
