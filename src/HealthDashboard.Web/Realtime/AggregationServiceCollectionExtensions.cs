namespace HealthDashboard.Web.Realtime;

public static class AggregationServiceCollectionExtensions
{
    /// <summary>The live snapshot, the change notifier, the dirty-key queue and the service that ties them together.</summary>
    public static IServiceCollection AddAggregation(this IServiceCollection services)
    {
        services.AddSingleton<SnapshotHolder>();
        services.AddSingleton<AggregateChangeNotifier>();
        services.AddSingleton<DirtyKeyQueue>();
        services.AddSingleton<AggregationService>();
        services.AddHostedService(sp => sp.GetRequiredService<AggregationService>());
        return services;
    }
}
