using HealthDashboard.Data.Db;
using HealthDashboard.Domain.OrgUnits;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Boundaries;

/// <summary>Keeps one GeoJSON geometry per org unit (sample or real), for the choropleth maps.</summary>
public sealed class BoundaryStore(Database database)
{
    public async Task SaveAsync(IEnumerable<(long OrgUnitId, string GeoJson, bool IsSample)> boundaries, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (id, json, sample) in boundaries)
        {
            // An upsert in SQL: saving a unit's outline again replaces it, whether or not the caller knew it was there.
            await context.Database.ExecuteSqlAsync(
                $"""
                 INSERT INTO org_unit_boundary (org_unit_id, geojson, is_sample) VALUES ({id}, {json}, {sample})
                 ON CONFLICT (org_unit_id) DO UPDATE SET geojson = excluded.geojson, is_sample = excluded.is_sample
                 """, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The geometries of the children of a unit, keyed by unit code.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ChildrenAsync(string parentCode, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var rows = await (
            from b in context.OrgUnitBoundaries
            join u in context.OrgUnits on b.OrgUnitId equals u.Id
            join p in context.OrgUnits on u.ParentId equals (long?)p.Id
            where p.Code == parentCode
            select new { u.Code, b.Geojson }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Code, r => r.Geojson);
    }

    /// <summary>
    /// The geometries of every unit of one kind below an ancestor at any depth (a province's communes), keyed by unit
    /// code: a match on the ancestor's path as prefix, which both engines do alike.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> DescendantsAsync(string ancestorCode, OrgUnitKind kind,
        CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var kindName = OrgUnitKindNames.ToName(kind);
        var rows = await (
            from b in context.OrgUnitBoundaries
            join u in context.OrgUnits on b.OrgUnitId equals u.Id
            from a in context.OrgUnits
            where a.Code == ancestorCode && u.Kind == kindName && u.Id != a.Id && EF.Functions.Like(u.Path, a.Path + "%")
            select new { u.Code, b.Geojson }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Code, r => r.Geojson);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        return await context.OrgUnitBoundaries.CountAsync(cancellationToken);
    }
}
