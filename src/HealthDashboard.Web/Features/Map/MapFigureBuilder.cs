using System.Text;
using HealthDashboard.Web.Features.Charts;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.LayoutLib.GeoLib;
using Choropleth = Plotly.Blazor.Traces.Choropleth;
using ScatterGeo = Plotly.Blazor.Traces.ScatterGeo;
using Plotly.Blazor.Traces.ChoroplethLib;
using HealthDashboard.Domain.Catalog;
using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Map;

/// <summary>
/// A map's figures as a Plotly figure: the areas coloured by class on a stepped scale, the districts outlined over a
/// province's communes, and the areas' names where they fit. Shapes are not in the figure: its traces name the shapes'
/// address, which plotly fetches once and the browser keeps. Hover texts (none on a wall) are written in the circuit's
/// culture.
/// </summary>
public sealed class MapFigureBuilder(MapText text)
{
    /// <summary>Commune names are written on a map of at most this many areas; on a bigger one they show on hover.</summary>
    public const int MostNamedCommunes = 30;

    public ChartFigure Build(MapFigures figures, MapGeometry geometry, ChartTheme theme)
    {
        var indicator = figures.Request.Indicator;
        var areas = figures.Areas;
        var n = figures.Scheme.Entries.Count;
        var outline = theme.Wall ? "#0b1220" : "#ffffff";
        var traces = new List<ITrace>
        {
            new Choropleth
            {
                GeoJson = geometry.Url,
                FeatureIdKey = "id",
                LocationMode = LocationModeEnum.GeoJsonId,
                Locations = areas.Select(a => (object)a.Unit.Code).ToList(),
                Z = figures.Scheme.AreaClasses.Select(c => (object)c).ToList(),
                // Class i of n is the band [i/n, (i+1)/n] of a stepped scale; z = i with these bounds lands mid-band.
                ZMin = -0.5m,
                ZMax = n - 0.5m,
                ColorScale = SteppedScale(figures.Scheme.Entries.Select(e => e.Colour).ToList()),
                ShowScale = false,
                // A wall has no pointer: it gets no hover texts, and none are sent.
                TextArray = theme.Wall ? null : areas.Select((a, i) => Hover(a, figures.Scheme.EntryOf(i), indicator, figures.Scheme.Colouring)).ToList(),
                HoverTemplate = theme.Wall ? null : "%{text}<extra></extra>",
                HoverInfo = theme.Wall ? HoverInfoFlag.Skip : null,
                HoverLabel = new Plotly.Blazor.Traces.ChoroplethLib.HoverLabel
                {
                    Font = new Plotly.Blazor.Traces.ChoroplethLib.HoverLabelLib.Font { Size = theme.FontSize, Family = ChartTheme.FontFamily },
                    Align = Plotly.Blazor.Traces.ChoroplethLib.HoverLabelLib.AlignEnum.Left,
                },
                Marker = new Plotly.Blazor.Traces.ChoroplethLib.Marker
                {
                    // Small denominators get a thick dark edge, so they are never read as bare rates; areas without
                    // data a grey one, which stays visible on their pale fill.
                    Line = new Plotly.Blazor.Traces.ChoroplethLib.MarkerLib.Line
                    {
                        ColorArray = areas.Select(a => (object)(a.Result.Unstable ? (theme.Wall ? "#ffffff" : "#1c2633") : !a.Result.HasValue ? "#8793a5" : outline)).ToList(),
                        WidthArray = areas.Select(a => (decimal?)(a.Result.Unstable ? theme.Px(2.5) : theme.Px(0.8))).ToList(),
                    },
                },
                Meta = new { role = "areas" },
            },
        };
        if (geometry.OutlinesUrl is { } outlines)
        {
            // Transparent, without hover: the communes below stay what a pointer finds.
            var districts = geometry.OutlineCodes.Select(c => (object)c).ToList();
            traces.Add(new Choropleth
            {
                GeoJson = outlines,
                FeatureIdKey = "id",
                LocationMode = LocationModeEnum.GeoJsonId,
                Locations = districts,
                Z = districts.Select(_ => (object)0).ToList(),
                ColorScale = new object[] { new object[] { 0, "rgba(0,0,0,0)" }, new object[] { 1, "rgba(0,0,0,0)" } },
                ShowScale = false,
                HoverInfo = HoverInfoFlag.Skip,
                Marker = new Plotly.Blazor.Traces.ChoroplethLib.Marker
                {
                    Line = new Plotly.Blazor.Traces.ChoroplethLib.MarkerLib.Line { Color = theme.Wall ? "#f4f6f9" : "#1c2633", Width = theme.Px(1.6) },
                },
                Meta = new { role = "outlines" },
            });
        }

        if (figures.Request.Level == MapLevel.District || areas.Count <= MostNamedCommunes)
        {
            traces.Add(Names(areas, geometry, theme));
        }

        return new ChartFigure(traces, Layout(figures, geometry, theme), figures.Version);
    }

    /// <summary>Each area's name at its centre (plotly finds the centre of the shape with the same id).</summary>
    private static ScatterGeo Names(IReadOnlyList<MapArea> areas, MapGeometry geometry, ChartTheme theme) => new()
    {
        GeoJson = geometry.Url,
        FeatureIdKey = "id",
        LocationMode = Plotly.Blazor.Traces.ScatterGeoLib.LocationModeEnum.GeoJsonId,
        Locations = areas.Select(a => (object)a.Unit.Code).ToList(),
        Mode = Plotly.Blazor.Traces.ScatterGeoLib.ModeFlag.Text,
        TextArray = areas.Select(a => a.Unit.Name(IsVietnamese)).ToList(),
        TextFont = new Plotly.Blazor.Traces.ScatterGeoLib.TextFont
        {
            Size = theme.Pick(12, 22),
            Color = theme.Wall ? "#ffffff" : "#1c2633",
            Family = ChartTheme.FontFamily,
            // A halo in the paper's colour keeps a name readable on any fill.
            Shadow = "auto",
        },
        HoverInfo = Plotly.Blazor.Traces.ScatterGeoLib.HoverInfoFlag.Skip,
        ShowLegend = false,
        Meta = new { role = "names" },
    };

    private static Layout Layout(MapFigures figures, MapGeometry geometry, ChartTheme theme) => new()
    {
        Margin = new Margin { L = 0, R = 0, T = 0, B = 0 },
        PaperBgColor = theme.Wall ? "#0b1220" : "rgba(0,0,0,0)",
        ShowLegend = false,
        Geo =
        [
            new Geo
            {
                FitBounds = FitBoundsEnum.GeoJson,
                Visible = false,
                // Asia's base map is the only file plotly fetches (served by the app: MapAssets); none of it is drawn.
                Scope = MapConfigs.BaseMapScope,
                Projection = new Projection { Type = Plotly.Blazor.LayoutLib.GeoLib.ProjectionLib.TypeEnum.Mercator },
                // The frame takes the shapes' proportions, not Asia's: a tall province fills a phone's width
                // (the library spells the latitude axis LaTaxis).
                LonAxis = geometry.Frame is { } lon ? new LonAxis { Range = [lon.West, lon.East] } : null,
                LaTaxis = geometry.Frame is { } lat ? new LaTaxis { Range = [lat.South, lat.North] } : null,
                BgColor = "rgba(0,0,0,0)",
            },
        ],
        // Keeps a view the reader chose while values change; a new unit or level gets a new plot (LivePlot's key).
        UiRevision = figures.GeometryKey,
        Font = new Font { Family = ChartTheme.FontFamily, Size = theme.FontSize },
    };

    /// <summary>Class i of n fills [i/n, (i+1)/n] of the colour scale.</summary>
    private static object[] SteppedScale(IReadOnlyList<string> colours) =>
        colours.SelectMany((colour, i) => new object[] { new object[] { (decimal)i / colours.Count, colour }, new object[] { (decimal)(i + 1) / colours.Count, colour } }).ToArray();

    private string Hover(MapArea area, MapLegendEntry entry, Indicator indicator, MapColouring colouring)
    {
        var hover = new StringBuilder();
        hover.Append("<b>").Append(MapText.Html(area.Unit.Name(IsVietnamese))).Append("</b><br>");
        if (area.Result.Value is not { } value)
        {
            return hover.Append(MapText.Html(text.NoData)).ToString();
        }

        hover.Append(MapText.Html(indicator.Name(IsVietnamese))).Append(": <b>")
            .Append(MapText.Html(text.ValueWithUnit(value, indicator))).Append("</b>");
        if (area.Result.Unstable)
        {
            hover.Append(" ⚠");
        }

        if (indicator.Kind == IndicatorKind.Ratio && area.Result is { Numerator: { } numerator, Denominator: { } denominator })
        {
            hover.Append("<br>").Append(MapText.Html($"{text.Numerator} {text.Amount(numerator)} · {text.Denominator} {text.Amount(denominator)}"));
        }

        if (area.Status.Target is { } target)
        {
            hover.Append("<br>").Append(MapText.Html($"{text.Target}: {text.TargetText(target, indicator)}"));
            if (area.Status.Expected is { } expected)
            {
                hover.Append("<br>").Append(MapText.Html($"{text.Expected}: {text.ValueWithUnit(expected, indicator)}"));
            }
        }

        if (colouring == MapColouring.Status)
        {
            hover.Append("<br>").Append(MapText.Html($"{text.Status}: {text.StatusName(entry.Key)}"));
        }

        if (area.Result.Unstable)
        {
            hover.Append("<br><i>⚠ ").Append(MapText.Html(text.Unstable)).Append("</i>");
            if (area.Result.Interval95 is { } interval)
            {
                hover.Append("<br>").Append(MapText.Html(
                    $"{text.Interval95}: {text.Number(interval.Low, indicator.Decimals)} – {text.ValueWithUnit(interval.High, indicator)}"));
            }
        }

        return hover.ToString();
    }
}
