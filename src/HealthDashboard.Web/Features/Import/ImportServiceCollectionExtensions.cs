namespace HealthDashboard.Web.Features.Import;

public static class ImportServiceCollectionExtensions
{
    /// <summary>Imports of files (/import) and of data value sets (the API): reading, checking, dry runs, commits and history.</summary>
    public static IServiceCollection AddImports(this IServiceCollection services)
    {
        services.AddSingleton<ImportChecker>();
        services.AddSingleton<ImportService>();
        services.AddSingleton<ImportText>();
        return services;
    }
}
