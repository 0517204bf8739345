namespace HealthDashboard.Web.Features.Completeness;

public static class CompletenessServiceCollectionExtensions
{
    /// <summary>The reporting section of district and commune pages and the wall's completeness slide.</summary>
    public static IServiceCollection AddCompleteness(this IServiceCollection services)
    {
        services.AddSingleton<CompletenessText>();
        services.AddSingleton<CompletenessService>();
        return services;
    }
}
