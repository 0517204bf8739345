using HealthDashboard.Web.Components.Shared;
using Microsoft.JSInterop;

namespace HealthDashboard.Web.Features.Map;

/// <summary>
/// The map's handle on map-clicks.js, which names the area under the pointer of a click (plotly's own click event
/// names the area of its latest hover). Told the clicked unit code, it hands it to the component.
/// </summary>
public sealed class MapClicks(IJSRuntime js, ILogger logger, Func<string, Task> onClick) : IAsyncDisposable
{
    private IJSObjectReference? _module;

    private DotNetObjectReference<MapClicks>? _reference;

    /// <summary>Starts listening on the plot with element id <paramref name="plotId"/>, once it is drawn.</summary>
    public async Task ListenAsync(string plotId)
    {
        try
        {
            _module ??= await js.InvokeAsync<IJSObjectReference>("import", "./lib/map-clicks.js");
            _reference ??= DotNetObjectReference.Create(this);
            await _module.InvokeVoidAsync("listen", plotId, _reference);
        }
        catch (Exception error) when (JsFailures.IsGoneOrSlow(error))
        {
            // The page is gone: nobody is left to click.
        }
        catch (JSException error)
        {
            // The map still shows; its table's links still drill down.
            logger.LogWarning(error, "map-clicks.js could not listen on {Plot}", plotId);
        }
    }

    [JSInvokable]
    public Task AreaClicked(string code) => onClick(code);

    public async ValueTask DisposeAsync()
    {
        _reference?.Dispose();
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (Exception error) when (JsFailures.IsIgnorableOnDispose(error))
            {
                // The circuit is gone.
            }
        }
    }
}
