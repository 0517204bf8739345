using System.Runtime.CompilerServices;
using HealthDashboard.Data.Db;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.DataValues;

/// <summary>
/// Streams the raw values of a unit (or its whole subtree, by materialised path) for some periods, for
/// <c>GET /api/dataValueSets</c>: read row by row, so a province's values never sit in memory at once.
/// </summary>
public sealed class DataValueSetReader(Database database)
{
    /// <param name="periods">Exact period codes; empty for every period.</param>
    public async IAsyncEnumerable<ExportedValue> ReadAsync(long unitId, string unitPath, bool children, IReadOnlyList<string> periods,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var units = context.OrgUnits.AsQueryable();
        var values = context.DataValues.AsQueryable();
        if (children)
        {
            // A range on the path, which its index serves on both engines (LIKE would not use it on SQLite).
            var prefixEnd = unitPath[..^1] + (char)(unitPath[^1] + 1);
            units = units.Where(u => string.Compare(u.Path, unitPath) >= 0 && string.Compare(u.Path, prefixEnd) < 0);
        }
        else
        {
            values = values.Where(v => v.OrgUnitId == unitId);
        }

        if (periods.Count > 0)
        {
            var codes = periods.ToArray();
            values = values.Where(v => codes.Contains(v.Period));
        }

        var rows = from v in values
                   join u in units on v.OrgUnitId equals u.Id
                   join e in context.DataElements on v.DataElementId equals e.Id
                   orderby u.Code, v.Period, e.Code
                   select new ExportedValue(e.Code, u.Code, v.Period, v.Value, v.Comment, v.StoredBy, v.UpdatedAt);
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }
}
