using System.Text.Json;
using HealthDashboard.Web.Features.Charts;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;

namespace HealthDashboard.Web.Tests.Features.Charts;

public class PlotlyJsonTests
{
    [Fact]
    public void AFigureIsWrittenAsPlotlyReadsIt()
    {
        var figure = new ChartFigure(
            [new Scatter { Name = "An Giang", X = ["2024", "2025"], Y = [12.5m, 11.8m] }, new Bar { Y = [3] }],
            new Layout { Title = new Title { Text = "IMR" } },
            7);

        using var json = JsonDocument.Parse(PlotlyJson.Of(figure, new Config { DisplayLogo = false }));
        var root = json.RootElement;

        // Each trace says its own type: plotly draws a trace without one as a scatter.
        var data = root.GetProperty("data");
        Assert.Equal("scatter", data[0].GetProperty("type").GetString());
        Assert.Equal("An Giang", data[0].GetProperty("name").GetString());
        Assert.Equal(11.8, data[0].GetProperty("y")[1].GetDouble());
        Assert.Equal("bar", data[1].GetProperty("type").GetString());
        Assert.Equal("IMR", root.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
        Assert.False(root.GetProperty("config").GetProperty("displaylogo").GetBoolean());
        // Unset options are left out, not sent as null (plotly reads a null as "set to nothing", not as its default).
        Assert.DoesNotContain("null", root.GetRawText(), StringComparison.Ordinal);
    }
}
