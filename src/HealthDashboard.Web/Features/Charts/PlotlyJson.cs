using System.Text.Json;
using System.Text.Json.Serialization;
using Plotly.Blazor;

namespace HealthDashboard.Web.Features.Charts;

/// <summary>
/// A chart's figure as the one JSON string live-plot.js draws from. Written with the settings Plotly.Blazor's own
/// interop uses (its options object is internal; its converters are public): property names as declared, nulls left
/// out, traces by their runtime type. One options object for the whole server, so the serializer's metadata for the
/// figure types is built once, not once per circuit as it is for values passed through JS interop.
/// </summary>
public static class PlotlyJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new PolymorphicConverter<ITrace>(), new DateTimeConverter(), new DateTimeOffsetConverter() },
    };

    public static string Of(ChartFigure figure, Config config) =>
        JsonSerializer.Serialize(new Figure(figure.Data, figure.Layout, config), Options);

    private sealed record Figure(
        [property: JsonPropertyName("data")] IList<ITrace> Data,
        [property: JsonPropertyName("layout")] Layout Layout,
        [property: JsonPropertyName("config")] Config Config);
}
