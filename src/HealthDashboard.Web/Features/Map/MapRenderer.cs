using HealthDashboard.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace HealthDashboard.Web.Features.Map;

/// <summary>
/// The component's handle on map.js. Every call carries values and colours only, with the address of the shapes:
/// map.js fetches those over HTTP (MapGeometryApi) once per page and keeps them.
/// </summary>
public sealed class MapRenderer(IJSRuntime js, MapGeometryCache geometries, ILogger logger) : IAsyncDisposable
{
    private Task<IJSObjectReference>? _module;
    private ElementReference? _element;

    public async Task PreloadAsync()
    {
        try
        {
            await (await ModuleAsync()).InvokeVoidAsync("preload");
        }
        catch (Exception error) when (JsFailures.IsGoneOrSlow(error))
        {
            // Only a head start: the first render loads plotly anyway.
        }
    }

    /// <summary>Draws the payload; returns the shapes' codes it drew with, or null when nothing could be drawn.</summary>
    public async Task<IReadOnlySet<string>?> DrawAsync(ElementReference element, MapPayload payload, string unitCode, MapLevel level,
        DotNetObjectReference<ChoroplethMapClicks> clicks)
    {
        try
        {
            var module = await ModuleAsync();
            var geometry = await geometries.GetAsync(unitCode, level);
            _element = element;
            var outcome = await module.InvokeAsync<string>("render", element, geometry.Url, JsPayload.Of(payload), clicks);
            return outcome == "drawn" ? geometry.Codes : null;
        }
        catch (Exception error) when (JsFailures.IsGoneOrSlow(error))
        {
            return null;
        }
        catch (JSException error)
        {
            logger.LogWarning(error, "map.js could not draw {Key}", payload.GeometryKey);
            return null;
        }
    }

    private Task<IJSObjectReference> ModuleAsync() =>
        _module ??= js.InvokeAsync<IJSObjectReference>("import", "./lib/map.js").AsTask();

    public async ValueTask DisposeAsync()
    {
        if (_module is { IsCompletedSuccessfully: true })
        {
            try
            {
                var module = await _module;
                if (_element is { } element)
                {
                    await module.InvokeVoidAsync("dispose", element);
                }

                await module.DisposeAsync();
            }
            catch (Exception error) when (JsFailures.IsIgnorableOnDispose(error))
            {
                // The circuit is gone, or the browser is too busy to answer: the map leaves the page either way.
            }
        }
    }
}
