using Dapper;
using HealthDashboard.Data.Db;

namespace HealthDashboard.Data.Jobs;

/// <summary>The stored monthly series of some units' elements, as the outlier check scores them (period yyyyMM → value).</summary>
public sealed class MonthlySeriesReader(Database database)
{
    public async Task<IReadOnlyDictionary<(long ElementId, long UnitId), SortedDictionary<string, double>>> ReadAsync(DataQualityScope scope,
        CancellationToken cancellationToken = default)
    {
        var series = new Dictionary<(long, long), SortedDictionary<string, double>>();
        if (scope.UnitIds.Count == 0 || scope.ElementIds.Count == 0)
        {
            return series;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long ElementId, long UnitId, string Period, double Value)>(new CommandDefinition(
            "SELECT data_element_id, org_unit_id, period, value FROM data_value WHERE length(period) = 6 " +
            $"AND data_element_id IN ({scope.ElementList}) AND org_unit_id IN ({scope.UnitList})", cancellationToken: cancellationToken));
        foreach (var row in rows)
        {
            if (!series.TryGetValue((row.ElementId, row.UnitId), out var one))
            {
                series[(row.ElementId, row.UnitId)] = one = new SortedDictionary<string, double>(StringComparer.Ordinal);
            }

            one[row.Period] = row.Value;
        }

        return series;
    }
}
