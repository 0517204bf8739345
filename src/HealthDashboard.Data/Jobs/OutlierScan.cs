using System.Runtime.CompilerServices;
using HealthDashboard.Data.Schema;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Quality;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Jobs;

/// <summary>
/// Reads every monthly value in primary-key order (element, unit, period: no sort on either engine) and scores each
/// unit's series of each element on its own with <see cref="RobustZScore"/>: one series in memory at a time.
/// </summary>
internal static class OutlierScan
{
    /// <param name="scope">Only these units' series of these elements (a refresh after a write), or null for all.</param>
    public static async IAsyncEnumerable<Outlier> RunAsync(DashboardDbContext context, IReadOnlySet<long> elementIds, DataQualityScope? scope,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Six characters: months (yyyyMM) and quarters (yyyyQn); the quarters are skipped below.
        var values = context.DataValues.Where(v => v.Period.Length == 6);
        values = scope is null ? values : scope.Touched(values);
        var rows = values.OrderBy(v => v.DataElementId).ThenBy(v => v.OrgUnitId).ThenBy(v => v.Period)
            .Select(v => new { v.DataElementId, v.OrgUnitId, v.Period, v.Value })
            .AsAsyncEnumerable();
        var (element, unit) = (-1L, -1L);
        var periods = new List<string>();
        var series = new List<double>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var (e, u, period) = (row.DataElementId, row.OrgUnitId, row.Period);
            if (!elementIds.Contains(e) || !Period.TryParse(period, out var parsed) || parsed.Type != PeriodType.Month)
            {
                continue;
            }

            if (e != element || u != unit)
            {
                foreach (var outlier in Score(element, unit, periods, series))
                {
                    yield return outlier;
                }

                (element, unit) = (e, u);
                periods.Clear();
                series.Clear();
            }

            periods.Add(period);
            series.Add(row.Value);
        }

        foreach (var outlier in Score(element, unit, periods, series))
        {
            yield return outlier;
        }
    }

    private static IEnumerable<Outlier> Score(long element, long unit, List<string> periods, List<double> values)
    {
        var scores = RobustZScore.OfSeries(values);
        if (!scores.Any(s => s is { } z && Math.Abs(z) > RobustZScore.OutlierThreshold))
        {
            return [];
        }

        var median = RobustZScore.Median(values);
        return scores
            .Select((s, i) => (Score: s, i))
            .Where(x => x.Score is { } z && Math.Abs(z) > RobustZScore.OutlierThreshold)
            .Select(x => new Outlier(element, unit, periods[x.i], values[x.i], median, x.Score!.Value))
            .ToList();
    }

    internal sealed record Outlier(long ElementId, long UnitId, string Period, double Value, double Median, double Score);
}
