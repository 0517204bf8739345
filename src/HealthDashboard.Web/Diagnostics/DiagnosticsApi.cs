using System.Diagnostics;
using System.Runtime;

namespace HealthDashboard.Web.Diagnostics;

/// <summary>
/// <c>GET /api/diagnostics/memory</c>: the managed heap after a full, compacting collection, the working set and the
/// open circuits, for measuring what a page costs the server (docs/BENCHMARKS.md) and watching a node that runs for
/// weeks. Off unless <c>Diagnostics:Enabled</c> is true: a forced full GC on request is not for the open internet.
/// </summary>
public static class DiagnosticsApi
{
    public static IServiceCollection AddDashboardDiagnostics(this IServiceCollection services)
    {
        services.AddSingleton<CircuitCounter>();
        services.AddSingleton<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler>(sp => sp.GetRequiredService<CircuitCounter>());
        return services;
    }

    public static RouteGroupBuilder MapDiagnosticsApi(this RouteGroupBuilder api, IConfiguration configuration)
    {
        if (!configuration.GetValue<bool>("Diagnostics:Enabled"))
        {
            return api;
        }

        api.MapGet("/diagnostics/memory", (CircuitCounter circuits) =>
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            using var process = Process.GetCurrentProcess();
            return TypedResults.Ok(new
            {
                managedBytes = GC.GetTotalMemory(forceFullCollection: false),
                workingSetBytes = process.WorkingSet64,
                circuits = circuits.Open,
            });
        });
        return api;
    }
}
