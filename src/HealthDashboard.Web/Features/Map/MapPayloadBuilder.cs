using System.Text;
using HealthDashboard.Domain.Catalog;
using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Map;

/// <summary>Turns a map's figures into map.js's payload; hover texts (none on a wall) are written here, in the circuit's culture.</summary>
public sealed class MapPayloadBuilder(MapText text)
{
    public MapPayload Build(MapFigures figures, bool wall)
    {
        var indicator = figures.Request.Indicator;
        var areas = figures.Areas;
        return new MapPayload(
            figures.GeometryKey,
            figures.Version,
            areas.Select(a => a.Unit.Code).ToArray(),
            figures.Scheme.AreaClasses.ToArray(),
            // A wall has no pointer to hover with; its hover texts were most of what a recolour sent.
            wall ? [] : areas.Select((a, i) => Hover(a, figures.Scheme.EntryOf(i), indicator, figures.Scheme.Colouring)).ToArray(),
            areas.Select(a => !a.Result.HasValue).ToArray(),
            areas.Select(a => a.Result.SmallDenominator).ToArray(),
            figures.Scheme.Entries.Select(e => e.Colour).ToArray(),
            wall,
            $"{indicator.Name(IsVietnamese)} · {figures.Request.Unit.Name(IsVietnamese)} · {text.PeriodLabel(figures.Request)}");
    }

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
        if (area.Result.SmallDenominator)
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

        if (area.Result.SmallDenominator)
        {
            hover.Append("<br><i>⚠ ").Append(MapText.Html(text.SmallDenominator)).Append("</i>");
            if (area.Result.Interval95 is { } interval)
            {
                hover.Append("<br>").Append(MapText.Html(
                    $"{text.Interval95}: {text.Number(interval.Low, indicator.Decimals)} – {text.ValueWithUnit(interval.High, indicator)}"));
            }
        }

        return hover.ToString();
    }
}
