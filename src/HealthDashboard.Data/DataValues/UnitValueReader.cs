using HealthDashboard.Data.Db;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.DataValues;

/// <summary>
/// Every value of one unit, for the report form: this month's fields, last month's beside them and the history that
/// tells an unusual value from a usual one. A station holds a few thousand values, so one query reads them all.
/// </summary>
public sealed class UnitValueReader(Database database)
{
    public async Task<IReadOnlyList<UnitValue>> ReadAsync(long orgUnitId, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        return await (
            from v in context.DataValues
            join e in context.DataElements on v.DataElementId equals e.Id
            where v.OrgUnitId == orgUnitId
            select new UnitValue
            {
                ElementId = v.DataElementId, ElementCode = e.Code, Period = v.Period, Value = v.Value, Comment = v.Comment,
                StoredBy = v.StoredBy, UpdatedAt = v.UpdatedAt,
            }).ToListAsync(cancellationToken);
    }
}
