using HealthDashboard.Web.Components.Shared;
using Microsoft.JSInterop;

namespace HealthDashboard.Web.Features.Trends;

/// <summary>
/// A component's handle on trends.js (trend and ranking charts). A failing browser script is logged, not thrown:
/// the page's table and numbers stay readable without the chart.
/// </summary>
public sealed class ChartScript(IJSRuntime js, ILogger logger) : IAsyncDisposable
{
    private Task<IJSObjectReference>? _module;

    public Task PreloadAsync() => CallAsync("preload");

    public Task RenderTrendAsync(TrendChartData data) => CallAsync("renderTrend", JsPayload.Of(data));

    public Task RenderRankingAsync(Rankings.RankingChartData data) => CallAsync("renderRanking", JsPayload.Of(data));

    public Task PurgeAsync(string id) => CallAsync("purge", id);

    private async Task CallAsync(string function, params object?[] arguments)
    {
        try
        {
            _module ??= js.InvokeAsync<IJSObjectReference>("import", "./lib/trends.js").AsTask();
            await (await _module).InvokeVoidAsync(function, arguments);
        }
        catch (Exception error) when (JsFailures.IsGoneOrSlow(error))
        {
            // The browser left; nothing to draw on.
        }
        catch (JSException error)
        {
            logger.LogWarning(error, "trends.js {Function} failed", function);
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
