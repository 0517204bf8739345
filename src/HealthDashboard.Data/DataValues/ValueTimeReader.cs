using HealthDashboard.Data.Db;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.DataValues;

/// <summary>
/// When one element's value of one period was last written at each of some units: for a report's completion flag,
/// the time the station marked it complete, which the aggregates (values only) do not keep.
/// </summary>
public sealed class ValueTimeReader(Database database)
{
    public async Task<IReadOnlyDictionary<long, DateTime>> ReadAsync(string elementCode, string period, IReadOnlyCollection<long> orgUnitIds,
        CancellationToken cancellationToken = default)
    {
        if (orgUnitIds.Count == 0)
        {
            return new Dictionary<long, DateTime>();
        }

        await using var context = database.Context();
        var rows = await (
            from v in context.DataValues
            join e in context.DataElements on v.DataElementId equals e.Id
            where e.Code == elementCode && v.Period == period && orgUnitIds.Contains(v.OrgUnitId)
            select new { v.OrgUnitId, v.UpdatedAt }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.OrgUnitId, r => DateTime.SpecifyKind(r.UpdatedAt, DateTimeKind.Utc));
    }
}
