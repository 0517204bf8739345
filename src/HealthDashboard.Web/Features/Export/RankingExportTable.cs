using HealthDashboard.Web.Features.Rankings;
using HealthDashboard.Web.Localization;

namespace HealthDashboard.Web.Features.Export;

/// <summary>A ranking as a table, in the page's order (best first, no data last).</summary>
public static class RankingExportTable
{
    public static ExportTable From(RankingView view, RankingsText text)
    {
        var vi = Bilingual.IsVietnamese;
        var rows = view.Rows.Select(row => (IReadOnlyList<object?>)
        [
            row.Rank, view.Indicator.Code, row.Unit.Code, row.Unit.Name(vi), Domain.Periods.PeriodFormatter.YearThroughCode(view.Year, view.Through),
            .. ExportNumbers.Cells(row.Result, view.Indicator.Decimals), text.StatusName(row.Status.Status, row.Result.HasValue),
            row.Status.Target?.Value,
        ]).ToList();
        return new ExportTable(text.Title,
            [ExportText.Rank, ExportText.Indicator, ExportText.UnitCode, ExportText.UnitName, ExportText.Period, .. ExportNumbers.Headers, ExportText.Status, ExportText.Target],
            rows);
    }
}
