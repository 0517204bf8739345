using System.Data.Common;
using System.Runtime.CompilerServices;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Quality;

namespace HealthDashboard.Data.Jobs;

/// <summary>
/// Reads every monthly value in primary-key order (element, unit, period: no sort on either engine) and scores each
/// unit's series of each element on its own with <see cref="RobustZScore"/>: one series in memory at a time.
/// </summary>
internal static class OutlierScan
{
    private const string Sql = "SELECT data_element_id, org_unit_id, period, value FROM data_value WHERE length(period) = 6 ";

    /// <param name="scope">Only these units' series of these elements (a refresh after a write), or null for all.</param>
    public static async IAsyncEnumerable<Outlier> RunAsync(DbConnection connection, IReadOnlySet<long> elementIds, DataQualityScope? scope,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Sql + (scope is null ? "" : $"AND data_element_id IN ({scope.ElementList}) AND org_unit_id IN ({scope.UnitList}) ")
            + "ORDER BY data_element_id, org_unit_id, period";
        command.CommandTimeout = 600;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var (element, unit) = (-1L, -1L);
        var periods = new List<string>();
        var values = new List<double>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var (e, u, period) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2));
            if (!elementIds.Contains(e) || !Period.TryParse(period, out var parsed) || parsed.Type != PeriodType.Month)
            {
                continue;
            }

            if (e != element || u != unit)
            {
                foreach (var outlier in Score(element, unit, periods, values))
                {
                    yield return outlier;
                }

                (element, unit) = (e, u);
                periods.Clear();
                values.Clear();
            }

            periods.Add(period);
            values.Add(reader.GetDouble(3));
        }

        foreach (var outlier in Score(element, unit, periods, values))
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
