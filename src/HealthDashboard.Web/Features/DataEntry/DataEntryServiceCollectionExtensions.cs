namespace HealthDashboard.Web.Features.DataEntry;

public static class DataEntryServiceCollectionExtensions
{
    /// <summary>The monthly report form of a commune health station, and the data menu.</summary>
    public static IServiceCollection AddDataEntry(this IServiceCollection services)
    {
        services.AddSingleton<DataNavText>();
        services.AddSingleton<ReportText>();
        services.AddSingleton<ReportService>();
        services.AddSingleton<ReportListService>();
        return services;
    }
}
