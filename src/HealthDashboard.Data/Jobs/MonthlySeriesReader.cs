using HealthDashboard.Data.Db;
using Microsoft.EntityFrameworkCore;

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

        await using var context = database.Context();
        var rows = await scope.Touched(context.DataValues).Where(v => v.Period.Length == 6)
            .Select(v => new { v.DataElementId, v.OrgUnitId, v.Period, v.Value }).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            if (!series.TryGetValue((row.DataElementId, row.OrgUnitId), out var one))
            {
                series[(row.DataElementId, row.OrgUnitId)] = one = new SortedDictionary<string, double>(StringComparer.Ordinal);
            }

            one[row.Period] = row.Value;
        }

        return series;
    }
}
