using HealthDashboard.Web.Components.Shared;
using Microsoft.JSInterop;

namespace HealthDashboard.Web.Features.Overview;

/// <summary>
/// The page's handle on charts.js: one module import shared by the early Plotly preload and the later drawing, which
/// may overlap. Trends are an extra, so a failing browser script is logged and the tiles' numbers stay readable.
/// </summary>
public sealed class SparklineRenderer(IJSRuntime js, ILogger logger) : IAsyncDisposable
{
    private Task<IJSObjectReference>? _module;

    public Task PreloadAsync() => CallAsync("preload");

    public Task RenderAsync(IEnumerable<IndicatorTile> tiles) => CallAsync("renderSparklines", JsPayload.Of(tiles.Select(SparklineData.From).ToArray()));

    private async Task CallAsync(string function, params object?[] arguments)
    {
        try
        {
            _module ??= js.InvokeAsync<IJSObjectReference>("import", "./lib/charts.js").AsTask();
            await (await _module).InvokeVoidAsync(function, arguments);
        }
        catch (Exception error) when (JsFailures.IsGoneOrSlow(error))
        {
            // The browser left; nothing to draw on.
        }
        catch (JSException error)
        {
            logger.LogWarning(error, "charts.js {Function} failed", function);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is { IsCompletedSuccessfully: true })
        {
            try
            {
                await (await _module).DisposeAsync();
            }
            catch (Exception error) when (JsFailures.IsGoneOrSlow(error))
            {
                // The circuit is gone already.
            }
        }
    }
}
