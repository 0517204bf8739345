using Dapper;
using HealthDashboard.Data.Db;

namespace HealthDashboard.Data.DataValues;

/// <summary>
/// Every value of one unit, for the report form: this month's fields, last month's beside them and the history that
/// tells an unusual value from a usual one. A station holds a few thousand values, so one query reads them all.
/// </summary>
public sealed class UnitValueReader(Database database)
{
    public async Task<IReadOnlyList<UnitValue>> ReadAsync(long orgUnitId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<UnitValue>(new CommandDefinition(
            "SELECT v.data_element_id AS ElementId, e.code AS ElementCode, v.period AS Period, v.value AS Value, v.comment AS Comment, " +
            "v.stored_by AS StoredBy, v.updated_at AS UpdatedAt FROM data_value v JOIN data_element e ON e.id = v.data_element_id " +
            "WHERE v.org_unit_id = @orgUnitId", new { orgUnitId }, cancellationToken: cancellationToken));
        return rows.Select(r => new UnitValue
        {
            ElementId = r.ElementId, ElementCode = r.ElementCode, Period = r.Period, Value = r.Value, Comment = r.Comment,
            StoredBy = r.StoredBy, UpdatedAt = DateTime.SpecifyKind(r.UpdatedAt, DateTimeKind.Utc),
        }).ToList();
    }
}
