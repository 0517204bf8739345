using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Status;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Features.Status;
using HealthDashboard.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace HealthDashboard.Web.Features.Wall;

/// <summary>
/// The inside of one wall KPI tile as a single piece of markup. Written as Razor elements, a page of eight tiles took
/// about 500 render-tree frames, which every wall circuit keeps twice (this render and the last) for as long as it
/// lives; as markup it is one frame a tile, and Blazor still sends nothing for a tile whose text did not change.
/// Every text is HTML-encoded here.
/// </summary>
public sealed class WallKpiTileHtml(WallText w, OverviewText o)
{
    // Markup-significant characters are still encoded; Vietnamese letters are not (the default encoder writes each as
    // "&#x1EF7;", eight characters for one, in every open wall's memory).
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public MarkupString Inner(IndicatorTile tile)
    {
        var status = tile.PlanStatus.Status;
        var html = new StringBuilder(512);
        html.Append("<h2 class=\"hd-wall-kpi-name\">").Append(Html.Encode(tile.Indicator.Name(Bilingual.IsVietnamese))).Append("</h2>");
        html.Append("<div class=\"hd-wall-kpi-value\">");
        if (tile.Latest.Value is { } value)
        {
            html.Append("<span class=\"hd-wall-number\" data-testid=\"wall-value\">").Append(Html.Encode(o.Number(value, tile.Indicator.Decimals)))
                .Append("</span><span class=\"hd-wall-unit\">").Append(Html.Encode(UnitText(tile))).Append("</span>");
        }
        else
        {
            html.Append("<span class=\"hd-wall-number\">–</span>");
        }

        // The icon is MudBlazor's own SVG path markup, a constant: it is not user text and is not encoded.
        html.Append("</div><div class=\"hd-wall-kpi-status\">").Append(PlanStatusText.Svg(status, "hd-wall-icon"))
            .Append(' ').Append(Html.Encode(PlanStatusText.Name(status)));
        if (tile.Year is { } year)
        {
            // The months a year not all due counts ("1–11/2026"): a wall never passes a year to date for a whole one.
            html.Append(" <span class=\"hd-wall-kpi-year\">· ").Append(Html.Encode(tile.ThroughMonth is { } last ? w.MonthsOf(last) : $"{year}")).Append("</span>");
        }

        html.Append("</div>");
        // The target the status was judged against (the plan's next one after the value's year), not a later one.
        if ((tile.PlanStatus.Target ?? tile.Target) is { } target)
        {
            html.Append("<div class=\"hd-wall-kpi-target\">").Append(Html.Encode(w.Target(target.Year))).Append(": <b>")
                .Append(Html.Encode($"{ComparatorSymbols.ToDisplay(target.Comparator)} {o.Amount(target.Value)}{UnitText(tile)}")).Append("</b></div>");
        }

        if (tile.Latest.Unstable && tile.Latest.Denominator is { } denominator)
        {
            html.Append("<div class=\"hd-wall-kpi-small\">⚠ ")
                .Append(Html.Encode($"{w.Unstable} ({o.Amount(tile.Latest.Numerator ?? 0)}/{o.Amount(denominator)})")).Append("</div>");
        }

        return new MarkupString(html.ToString());
    }

    // Percent and per-mille signs sit against the number, words get a space, as on the overview tiles.
    private string UnitText(IndicatorTile tile) => o.Unit(tile.Indicator.Unit) is var unit && unit is "%" or "‰" or "" ? unit : " " + unit;
}
