using HealthDashboard.Data.Schema;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.DataValues;

/// <summary>
/// Compares expected values with the stored ones inside the write's transaction. On SQLite the transaction already
/// holds the write lock (BEGIN IMMEDIATE); on PostgreSQL an advisory lock per unit makes two saves of one station's
/// report take turns, which row locks alone cannot do for a value neither of them has inserted yet.
/// </summary>
internal static class ExpectationCheck
{
    private const long UnitLockSpace = 0x48445F5245500000;

    /// <param name="context">A context inside the write's transaction.</param>
    public static async Task<IReadOnlyList<ValueConflict>> FindAsync(DashboardDbContext context, IReadOnlyList<ExpectedValue> expected,
        CancellationToken cancellationToken)
    {
        if (context.Database.IsNpgsql())
        {
            foreach (var unit in expected.Select(e => e.OrgUnitId).Distinct().Order())
            {
                var key = UnitLockSpace + unit;
                await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
            }
        }

        var conflicts = new List<ValueConflict>();
        foreach (var e in expected)
        {
            var period = e.Period.ToString();
            var row = await context.DataValues
                .Where(v => v.DataElementId == e.ElementId && v.OrgUnitId == e.OrgUnitId && v.Period == period)
                .Select(v => new { v.Value, v.StoredBy, v.UpdatedAt })
                .SingleOrDefaultAsync(cancellationToken);
            if (row?.Value != e.Value)
            {
                conflicts.Add(new ValueConflict(e.ElementId, e.OrgUnitId, e.Period, e.Value, row?.Value, row?.StoredBy, row?.UpdatedAt));
            }
        }

        return conflicts;
    }
}
