using HealthDashboard.Domain.Catalog;
using HealthDashboard.Web.Features.Trends;
using HealthDashboard.Web.Localization;

namespace HealthDashboard.Web.Features.Export;

/// <summary>A trend as a table: every point of every line, then the roadmap's baselines and targets.</summary>
public static class TrendExportTable
{
    public static ExportTable From(TrendView view, TrendsText text)
    {
        var vi = Bilingual.IsVietnamese;
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var line in view.Lines)
        {
            foreach (var point in line.Points)
            {
                rows.Add([view.Indicator.Code, line.Unit.Code, line.Unit.Name(vi), text.RoleName(line.Role), point.Through is null ? point.Period.ToString() : Domain.Periods.PeriodFormatter.YearThroughCode(point.Period.Year, point.Through),
                    .. ExportNumbers.Cells(point.Result, view.Indicator.Decimals)]);
            }
        }

        foreach (var segment in view.TargetPath)
        {
            if (segment.FromYear is { } fromYear)
            {
                rows.Add([view.Indicator.Code, view.Unit.Code, view.Unit.Name(vi), segment.FromActual ? text.ActualBaseline : text.Baseline, fromYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    segment.FromValue, null, null, null, null, null]);
            }

            rows.Add([view.Indicator.Code, view.Unit.Code, view.Unit.Name(vi), $"{text.Target} ({ComparatorSymbols.ToDisplay(segment.Goal.Comparator)}, {segment.Goal.PlanCode})",
                segment.Goal.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), segment.Goal.Value, null, null, null, null, null]);
        }

        return new ExportTable(text.Title, [ExportText.Indicator, ExportText.UnitCode, ExportText.UnitName, ExportText.Role, ExportText.Period, .. ExportNumbers.Headers], rows);
    }
}
