using Dapper;
using HealthDashboard.Data.Db;
using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Data.Boundaries;

/// <summary>Keeps one GeoJSON geometry per org unit (sample or real), for the choropleth maps.</summary>
public sealed class BoundaryStore(Database database)
{
    public async Task SaveAsync(IEnumerable<(long OrgUnitId, string GeoJson, bool IsSample)> boundaries, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (id, json, sample) in boundaries)
        {
            await connection.ExecuteAsync(
                "INSERT INTO org_unit_boundary (org_unit_id, geojson, is_sample) VALUES (@id, @json, @sample) " +
                "ON CONFLICT (org_unit_id) DO UPDATE SET geojson = excluded.geojson, is_sample = excluded.is_sample",
                new { id, json, sample }, transaction);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The geometries of the children of a unit, keyed by unit code.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ChildrenAsync(string parentCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Code, string GeoJson)>(
            "SELECT u.code, b.geojson FROM org_unit_boundary b JOIN org_unit u ON u.id = b.org_unit_id " +
            "JOIN org_unit p ON p.id = u.parent_id WHERE p.code = @parentCode", new { parentCode });
        return rows.ToDictionary(r => r.Code, r => r.GeoJson);
    }

    /// <summary>
    /// The geometries of every unit of one kind below an ancestor at any depth (a province's communes), keyed by unit
    /// code. A path prefix match, so one SQL text serves SQLite and PostgreSQL alike.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> DescendantsAsync(string ancestorCode, OrgUnitKind kind,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Code, string GeoJson)>(
            "SELECT u.code, b.geojson FROM org_unit_boundary b JOIN org_unit u ON u.id = b.org_unit_id " +
            "JOIN org_unit a ON u.path LIKE a.path || '%' " +
            "WHERE a.code = @ancestorCode AND u.kind = @kind AND u.id <> a.id",
            new { ancestorCode, kind = OrgUnitKindNames.ToName(kind) });
        return rows.ToDictionary(r => r.Code, r => r.GeoJson);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM org_unit_boundary");
    }
}
