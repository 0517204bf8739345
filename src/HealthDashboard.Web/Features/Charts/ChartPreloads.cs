namespace HealthDashboard.Web.Features.Charts;

/// <summary>
/// What a page with charts (<see cref="ChartPageAttribute"/>) asks for once its circuit has drawn it: the chart
/// module and the Plotly.Blazor loader it imports and, for maps, plotly's base map and the map's click module. Named in
/// the page's head (App.razor), the browser fetches them while the circuit starts instead of one after the other.
/// plotly.js itself is not only fetched but run meanwhile (<see cref="PlotlyScriptId"/>).
/// </summary>
public static class ChartPreloads
{
    /// <summary>The address Plotly.Blazor loads plotly.js from (answered with the app's bundle, <see cref="PlotlyBundle"/>).</summary>
    public const string PlotlyScript = "_content/Plotly.Blazor/plotly-3.7.0.min.js";

    /// <summary>
    /// The id Plotly.Blazor's loader gives plotly.js's script element, and the address it asks for (its
    /// <c>data-original-src</c>): a script element the page's head starts with both is taken as plotly.js loading,
    /// not loaded again (live-plot.js waits for it).
    /// </summary>
    public const string PlotlyScriptId = "plotly-import";

    public const string PlotlyScriptAsLoaderAsks = "./" + PlotlyScript;

    /// <summary>The module <see cref="LivePlot"/> draws with, and Plotly.Blazor's loader module, which it imports.</summary>
    public const string ChartModule = "lib/live-plot.js";

    public const string PlotlyLoader = "_content/Plotly.Blazor/plotly-interop-7.2.0.js";

    public static IReadOnlyList<ChartPreload> For(ChartPageAttribute page)
    {
        ChartPreload[] charts = [new(ChartModule, "modulepreload", null), new(PlotlyLoader, "modulepreload", null)];
        return page.Map
            ? [.. charts, new(Map.MapConfigs.BaseMapFile.TrimStart('/'), "preload", "fetch"), new("lib/map-clicks.js", "modulepreload", null)]
            : charts;
    }
}

/// <summary>One <c>link</c> of <see cref="ChartPreloads"/>: fetches (<c>as="fetch"</c>) go with plotly's own credentials mode.</summary>
public sealed record ChartPreload(string Href, string Rel, string? As)
{
    public string? CrossOrigin => As == "fetch" ? "anonymous" : null;
}
