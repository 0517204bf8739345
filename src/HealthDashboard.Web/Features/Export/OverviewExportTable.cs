using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Features.Status;
using HealthDashboard.Web.Localization;

namespace HealthDashboard.Web.Features.Export;

/// <summary>
/// A unit's overview as a table: one row per indicator, with the latest value, the code of the period the tile shows
/// ("2026Q3", "2025", or "202601-202610" for a year counted through a month) and the target the tile shows.
/// </summary>
public static class OverviewExportTable
{
    public static ExportTable From(UnitOverview overview, OverviewText text)
    {
        var vi = Bilingual.IsVietnamese;
        var rows = overview.Tiles.Select(tile => (IReadOnlyList<object?>)
        [
            tile.Indicator.Code, tile.Indicator.Name(vi), overview.Unit.Code, overview.Unit.Name(vi), PeriodCode(tile),
            .. ExportNumbers.Cells(tile.Latest, tile.Indicator.Decimals), text.Unit(tile.Indicator.Unit), tile.Target is null ? null : PlanStatusText.Name(tile.PlanStatus.Status),
            (tile.PlanStatus.Target ?? tile.Target) is { } t ? $"{Domain.Catalog.ComparatorSymbols.ToDisplay(t.Comparator)} {t.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} ({t.Year}, {t.PlanCode})" : null,
        ]).ToList();
        return new ExportTable(overview.Unit.Code,
            [ExportText.Indicator, ExportText.IndicatorName, ExportText.UnitCode, ExportText.UnitName, ExportText.Period, .. ExportNumbers.Headers, ExportText.Unit, ExportText.Status, ExportText.Target],
            rows);
    }

    private static string? PeriodCode(IndicatorTile tile) =>
        tile.ShownPeriod?.ToString() ?? (tile.Year is { } year ? Domain.Periods.PeriodFormatter.YearThroughCode(year, tile.ThroughMonth) : null);
}
