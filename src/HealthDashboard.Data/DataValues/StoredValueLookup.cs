using HealthDashboard.Data.Db;
using HealthDashboard.Domain.Periods;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.DataValues;

/// <summary>The stored values under given keys, read the way a batch's dry run reads them (one statement or one prepared lookup).</summary>
public sealed class StoredValueLookup(Database database)
{
    public async Task<IReadOnlyDictionary<(long ElementId, long UnitId, string Period), double>> ReadAsync(
        IReadOnlyCollection<(long ElementId, long UnitId, Period Period)> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return new Dictionary<(long, long, string), double>();
        }

        await using var context = database.Context();
        await context.Database.OpenConnectionAsync(cancellationToken);
        var asBatch = keys.Select(k => new BatchValue(k.ElementId, k.UnitId, "", "", k.Period, 0)).ToList();
        var stored = await StoredValuesReader.ReadAsync(context.Database.GetDbConnection(), null, asBatch, forUpdate: false, cancellationToken);
        return stored.ToDictionary(p => p.Key, p => p.Value.Value);
    }
}
