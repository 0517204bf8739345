namespace HealthDashboard.Web.Features.Quality;

public static class QualityServiceCollectionExtensions
{
    /// <summary>The data-quality list (<c>/quality</c>): findings of the quality job to follow up and mark resolved.</summary>
    public static IServiceCollection AddDataQuality(this IServiceCollection services)
    {
        services.AddSingleton<QualityText>();
        services.AddSingleton<QualityService>();
        return services;
    }
}
