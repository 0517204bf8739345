using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Rewrite;

namespace HealthDashboard.Web.Features.Charts;

/// <summary>
/// Serves the app's own plotly.js bundle (scatter, bar, choropleth and scattergeo; built from npm by Build/WebAssets.targets) at
/// the address Plotly.Blazor loads plotly from. Plotly.Blazor fixes that address in its code and offers only its full
/// bundle (4.85 MB, most of it 3-D, WebGL and map-tile traces the app never draws) or its basic one, which has no maps.
/// </summary>
public static class PlotlyBundle
{
    public const string PlotlyBlazorAddress = "_content/Plotly.Blazor/plotly-3.7.0.min.js";
    public const string OwnBundle = "/lib/plotly/plotly-hd.min.js";

    /// <summary>Goes first, then routing: an endpoint is chosen by the path as rewritten.</summary>
    public static WebApplication UsePlotlyBundle(this WebApplication app)
    {
        app.UseRewriter(new RewriteOptions().AddRewrite("^" + Regex.Escape(PlotlyBlazorAddress) + "$", OwnBundle, skipRemainingRules: true));
        app.UseRouting();
        return app;
    }
}
