using Microsoft.JSInterop;

namespace HealthDashboard.Web.Features.Charts;

/// <summary>
/// live-plot.js, imported once per circuit and shared by its charts. Not disposed with each chart: disposing a module
/// reference passes its <c>long</c> id through the circuit's own serializer, which then builds and keeps metadata for
/// <c>long</c> and its 28 interfaces (about 25 KB a circuit, for a wall whose slides come and go). The reference
/// goes with the circuit.
/// </summary>
public sealed class LivePlotModule(IJSRuntime js)
{
    private Task<IJSObjectReference>? _module;

    public async Task<IJSObjectReference> GetAsync()
    {
        _module ??= js.InvokeAsync<IJSObjectReference>("import", "./" + ChartPreloads.ChartModule).AsTask();
        try
        {
            return await _module;
        }
        catch
        {
            // The next chart tries again (the browser was busy, or the circuit reconnected).
            _module = null;
            throw;
        }
    }
}

public static class ChartsServiceCollectionExtensions
{
    public static IServiceCollection AddCharts(this IServiceCollection services) => services.AddScoped<LivePlotModule>();
}
