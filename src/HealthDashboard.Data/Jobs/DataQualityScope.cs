using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Jobs;

/// <summary>
/// The part of the findings a write touched: these units' values of these elements. A refresh deletes and recomputes
/// exactly the findings about them (as the part or as the whole of a pair), so it agrees with a full rebuild.
/// </summary>
public sealed record DataQualityScope(IReadOnlyCollection<long> UnitIds, IReadOnlyCollection<long> ElementIds)
{
    // Ids are numbers the app made, written into the SQL as constants (EF.Constant): EF 10 would otherwise send a list
    // as one parameter per id, and an IN list of thousands of parameters is slower on both engines (and SQLite caps them).
    internal IQueryable<Schema.DataValueEntity> Touched(IQueryable<Schema.DataValueEntity> values)
    {
        var (units, elements) = (UnitIds.ToArray(), ElementIds.ToArray());
        return values.Where(v => EF.Constant(elements).Contains(v.DataElementId) && EF.Constant(units).Contains(v.OrgUnitId));
    }
}
