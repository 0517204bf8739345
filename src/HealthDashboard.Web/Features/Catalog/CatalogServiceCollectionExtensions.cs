namespace HealthDashboard.Web.Features.Catalog;

public static class CatalogServiceCollectionExtensions
{
    /// <summary>The shared indicator catalog that the pages and the API read.</summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services) => services.AddSingleton<CatalogCache>();
}
