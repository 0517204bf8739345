namespace HealthDashboard.Web.Features.Charts;

/// <summary>
/// What a page with charts will ask for once its circuit has drawn it: plotly.js (1.3 MB, which Plotly.Blazor only
/// requests after the chart's first render) and, for maps, plotly's base map and the map's click module. Named in the
/// page's head (App.razor), the browser fetches them while the circuit starts instead of one after the other.
/// </summary>
public static class ChartPreloads
{
    /// <summary>The address Plotly.Blazor loads plotly.js from (answered with the app's bundle, <see cref="PlotlyBundle"/>).</summary>
    public const string PlotlyScript = "_content/Plotly.Blazor/plotly-3.7.0.min.js";

    public static IReadOnlyList<ChartPreload> For(PathString path)
    {
        // Not walls: their first slide may have no chart, and a preload unused for seconds is only a warning.
        var maps = path.StartsWithSegments("/map");
        if (!maps && !path.StartsWithSegments("/trends") && !path.StartsWithSegments("/rankings"))
        {
            return [];
        }

        var script = new ChartPreload(PlotlyScript, "preload", "script");
        return maps
            ? [script, new(Map.MapConfigs.TopoJsonUrl.TrimStart('/') + "asia_110m.json", "preload", "fetch"), new("lib/map-clicks.js", "modulepreload", null)]
            : [script];
    }
}

/// <summary>One <c>link</c> of <see cref="ChartPreloads"/>: fetches (<c>as="fetch"</c>) go with plotly's own credentials mode.</summary>
public sealed record ChartPreload(string Href, string Rel, string? As)
{
    public string? CrossOrigin => As == "fetch" ? "anonymous" : null;
}
