using HealthDashboard.Web.Diagnostics;
using HealthDashboard.Web.Features.Map;

namespace HealthDashboard.Web.Api;

public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        var api = endpoints.MapGroup("/api");
        api.MapStatusApi();
        api.MapDiagnosticsApi(configuration);
        var data = api.MapGroup("").AddEndpointFilter<ReadinessFilter>();
        data.MapOrgUnitsApi();
        data.MapIndicatorsApi();
        data.MapAggregatesApi();
        data.MapGeometryEndpoint();
        api.MapDataValuesApi();

        // Without this, an unknown API address would fall to the HTML "page not found".
        api.Map("/{**path}", () => TypedResults.NotFound(new ApiMessage(
            "Không có địa chỉ API này.", "There is no API at this address."))).ExcludeFromDescription();
        return endpoints;
    }
}
