using HealthDashboard.Web.Features.Catalog;

namespace HealthDashboard.Web.Api;

public static class IndicatorsApi
{
    /// <summary><c>GET /api/indicators</c>: the catalog's indicators and their formulas.</summary>
    public static RouteGroupBuilder MapIndicatorsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/indicators", async (CatalogCache catalog, CancellationToken cancellationToken) =>
            TypedResults.Ok((await catalog.CatalogAsync(cancellationToken)).Indicators.Select(IndicatorDto.From)));
        return api;
    }
}
