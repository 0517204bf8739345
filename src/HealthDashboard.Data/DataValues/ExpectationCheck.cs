using System.Data.Common;
using Dapper;
using Npgsql;

namespace HealthDashboard.Data.DataValues;

/// <summary>
/// Compares expected values with the stored ones inside the write's transaction. On SQLite the transaction already
/// holds the write lock (BEGIN IMMEDIATE); on PostgreSQL an advisory lock per unit makes two saves of one station's
/// report take turns, which row locks alone cannot do for a value neither of them has inserted yet.
/// </summary>
internal static class ExpectationCheck
{
    private const long UnitLockSpace = 0x48445F5245500000;

    public static async Task<IReadOnlyList<ValueConflict>> FindAsync(DbConnection connection, DbTransaction transaction,
        IReadOnlyList<ExpectedValue> expected, CancellationToken cancellationToken)
    {
        if (connection is NpgsqlConnection)
        {
            foreach (var unit in expected.Select(e => e.OrgUnitId).Distinct().Order())
            {
                await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@key)",
                    new { key = UnitLockSpace + unit }, transaction, cancellationToken: cancellationToken));
            }
        }

        var conflicts = new List<ValueConflict>();
        foreach (var e in expected)
        {
            var row = await connection.QuerySingleOrDefaultAsync<(double Value, string? StoredBy, DateTime UpdatedAt)?>(new CommandDefinition(
                "SELECT value, stored_by, updated_at FROM data_value WHERE data_element_id = @ElementId AND org_unit_id = @OrgUnitId AND period = @period",
                new { e.ElementId, e.OrgUnitId, period = e.Period.ToString() }, transaction, cancellationToken: cancellationToken));
            if (row?.Value != e.Value)
            {
                conflicts.Add(new ValueConflict(e.ElementId, e.OrgUnitId, e.Period, e.Value, row?.Value, row?.StoredBy,
                    row is { } r ? DateTime.SpecifyKind(r.UpdatedAt, DateTimeKind.Utc) : null));
            }
        }

        return conflicts;
    }
}
