using Plotly.Blazor;
using Plotly.Blazor.ConfigLib;

namespace HealthDashboard.Web.Features.Charts;

/// <summary>Plotly's chart options: a desk chart's toolbar offers only "download as PNG"; a wall has no pointer and no toolbar.</summary>
public static class ChartConfigs
{
    // A wall's plot is static (no hover, no toolbar): Plotly.Blazor writes DisplayModeBar False as the string "False",
    // which plotly reads as true.
    public static Config For(bool wall, string fileName) => wall
        ? new Config { StaticPlot = true, Responsive = true }
        : new Config
        {
            DisplayModeBar = DisplayModeBarEnum.Hover,
            ModeBarButtons = new[] { new[] { "toImage" } },
            DisplayLogo = false,
            Responsive = true,
            // Twice the shown size: the picture stays sharp in a report or on a slide.
            ToImageButtonOptions = new { format = "png", filename = fileName, scale = 2 },
        };
}
