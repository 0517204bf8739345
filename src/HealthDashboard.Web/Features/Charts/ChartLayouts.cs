using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;

namespace HealthDashboard.Web.Features.Charts;

/// <summary>What every chart's layout shares: colours, the reader's number separators and the theme's text size.</summary>
public static class ChartLayouts
{
    public static Layout Base(ChartTheme theme) => new()
    {
        Separators = Trends.ChartFormat.Separators,
        PaperBgColor = theme.Paper,
        PlotBgColor = theme.Paper,
        Font = new Font { Family = ChartTheme.FontFamily, Size = theme.FontSize, Color = theme.Ink },
        Margin = new Margin { L = theme.Px(70), R = theme.Px(30), T = theme.Px(20), B = theme.Px(60) },
        HoverLabel = new HoverLabel { Font = new Plotly.Blazor.LayoutLib.HoverLabelLib.Font { Size = theme.FontSize } },
    };
}
