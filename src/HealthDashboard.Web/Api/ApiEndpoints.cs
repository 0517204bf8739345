using HealthDashboard.Web.Diagnostics;
using HealthDashboard.Web.Features.Map;
using HealthDashboard.Web.Features.Security;

namespace HealthDashboard.Web.Api;

public static class ApiEndpoints
{
    /// <summary>
    /// Every API endpoint with who may call it: the status for anyone (health checks), reads for people and API keys
    /// (the endpoints then hold a key to its subtree), map shapes also for walls, writes for API keys only. The
    /// authorization matrix test lists each of them.
    /// </summary>
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        var api = endpoints.MapGroup("/api").RequireRateLimiting(RateLimits.Api);
        api.MapGroup("").AllowAnonymous().MapStatusApi();
        api.MapGroup("").RequireAuthorization(Policies.ApiRead).MapDiagnosticsApi(configuration);
        var reads = api.MapGroup("").AddEndpointFilter<ReadinessFilter>().RequireAuthorization(Policies.ApiRead);
        reads.MapOrgUnitsApi();
        reads.MapIndicatorsApi();
        reads.MapAggregatesApi();
        reads.MapDataValueSetExport();
        api.MapGroup("").AddEndpointFilter<ReadinessFilter>().RequireAuthorization(Policies.AnyClient).MapGeometryEndpoint();
        api.MapGroup("").RequireAuthorization(Policies.ApiWrite).MapDataValuesApi();

        // Without this, an unknown API address would fall to the HTML "page not found".
        api.Map("/{**path}", () => TypedResults.NotFound(new ApiMessage(
            "Không có địa chỉ API này.", "There is no API at this address."))).ExcludeFromDescription().AllowAnonymous();
        return endpoints;
    }
}
