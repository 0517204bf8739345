using System.Globalization;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Data.Jobs;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Quality;
using HealthDashboard.Web.Jobs;

namespace HealthDashboard.Web.Features.Import;

/// <summary>
/// The values of an import that would be outliers once saved: each unit's monthly series of the element, stored values
/// with the file's in their months, scored with <see cref="RobustZScore"/> exactly as the data-quality job scores it
/// (same elements, same series), so what the preview warns about is what /quality lists after the commit.
/// </summary>
public static class ImportOutliers
{
    public static async Task<IReadOnlyList<(int Index, string Vi, string En)>> FindAsync(IReadOnlyList<(int Index, BatchValue Value)> values,
        IndicatorCatalog catalog, MonthlySeriesReader reader, CancellationToken cancellationToken)
    {
        var scored = DataQualityJob.OutlierElements(catalog);
        var monthly = values.Where(v => scored.Contains(v.Value.ElementId) && v.Value.Period.Type == PeriodType.Month).ToList();
        if (monthly.Count == 0)
        {
            return [];
        }

        var scope = new DataQualityScope(monthly.Select(v => v.Value.OrgUnitId).Distinct().ToList(), monthly.Select(v => v.Value.ElementId).Distinct().ToList());
        var stored = await reader.ReadAsync(scope, cancellationToken);
        var warnings = new List<(int, string, string)>();
        foreach (var group in monthly.GroupBy(v => (v.Value.ElementId, v.Value.OrgUnitId)))
        {
            var series = stored.TryGetValue(group.Key, out var known) ? new SortedDictionary<string, double>(known, StringComparer.Ordinal)
                : new SortedDictionary<string, double>(StringComparer.Ordinal);
            // A deletion takes its month out of the series and is no outlier itself.
            foreach (var (_, value) in group)
            {
                if (value.Deleted)
                {
                    series.Remove(value.Period.ToString());
                }
                else
                {
                    series[value.Period.ToString()] = value.Value;
                }
            }

            var (periods, numbers) = (series.Keys.ToList(), series.Values.ToList());
            var scores = RobustZScore.OfSeries(numbers);
            var median = RobustZScore.Median(numbers);
            foreach (var (index, value) in group.Where(v => !v.Value.Deleted))
            {
                if (scores[periods.IndexOf(value.Period.ToString())] is { } z && Math.Abs(z) > RobustZScore.OutlierThreshold)
                {
                    warnings.Add((index,
                        $"{value.ElementCode} {N(value.Value)} khác xa số liệu của {value.OrgUnitCode} các tháng khác (trung vị {N(median)}, điểm z {Z(z)}): vẫn được lưu, và được liệt kê ở trang Chất lượng dữ liệu.",
                        $"{value.ElementCode} {N(value.Value)} is far from {value.OrgUnitCode}'s other months (median {N(median)}, robust z-score {Z(z)}): saved all the same, and listed on the data-quality page."));
                }
            }
        }

        return warnings.OrderBy(w => w.Item1).ToList();
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Z(double z) => z.ToString("0.0", CultureInfo.InvariantCulture);
}
