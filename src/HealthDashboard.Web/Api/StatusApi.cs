using HealthDashboard.Web.Storage;

namespace HealthDashboard.Web.Api;

public static class StatusApi
{
    /// <summary><c>GET /api/status</c>: whether the data is ready; answers while the first start is still seeding.</summary>
    public static RouteGroupBuilder MapStatusApi(this RouteGroupBuilder api)
    {
        api.MapGet("/status", (DataReadiness readiness) => TypedResults.Ok(new
        {
            state = readiness.State.ToString().ToLowerInvariant(),
            seedingSeconds = readiness.SeedingTime is { } t ? Math.Round(t.TotalSeconds, 1) : (double?)null,
        }));
        return api;
    }
}
