namespace HealthDashboard.Web.Features.Units;

public static class UnitsServiceCollectionExtensions
{
    /// <summary>The shared org-unit tree that the sidebar, the pages and the API read, and the unit search's words.</summary>
    public static IServiceCollection AddUnits(this IServiceCollection services) =>
        services.AddSingleton<OrgUnitCache>().AddSingleton<UnitSearchText>();
}
