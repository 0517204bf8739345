using Dapper;
using HealthDashboard.Data.Db;
using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Data.OrgUnits;

/// <summary>Reads and writes the org-unit tree.</summary>
public sealed class OrgUnitStore(Database database)
{
    public async Task<IReadOnlyList<OrgUnit>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<OrgUnitRow>($"SELECT {OrgUnitRow.Columns} FROM org_unit ORDER BY path");
        return rows.Select(r => r.ToOrgUnit()).ToList();
    }

    public async Task<OrgUnitTree> TreeAsync(CancellationToken cancellationToken = default) => new(await AllAsync(cancellationToken));

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM org_unit");
    }

    /// <summary>Inserts units given parents first (a parent may be in the batch or already stored), in one transaction.</summary>
    public async Task<IReadOnlyDictionary<string, long>> InsertAsync(IEnumerable<NewOrgUnit> units, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var known = (await connection.QueryAsync<OrgUnitRow>($"SELECT {OrgUnitRow.Columns} FROM org_unit", transaction: transaction))
            .ToDictionary(r => r.Code, r => (r.Id, r.Path, r.Level), StringComparer.OrdinalIgnoreCase);
        var ids = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in units)
        {
            (long Id, string Path, int Level)? parent = null;
            if (unit.ParentCode is not null)
            {
                parent = known.TryGetValue(unit.ParentCode, out var p)
                    ? p
                    : throw new InvalidOperationException($"Org unit {unit.Code}: parent {unit.ParentCode} is not known (parents must come first).");
            }

            var id = await connection.ExecuteScalarAsync<long>(
                "INSERT INTO org_unit (code, name_vi, name_en, parent_id, path, level, kind, valid_from, valid_to, is_sample) " +
                "VALUES (@Code, @NameVi, @NameEn, @ParentId, '', @Level, @Kind, @ValidFrom, @ValidTo, @IsSample) RETURNING id",
                new
                {
                    unit.Code, unit.NameVi, unit.NameEn, ParentId = parent?.Id, Level = (parent?.Level ?? 0) + 1,
                    Kind = OrgUnitKindNames.ToName(unit.Kind), unit.ValidFrom, unit.ValidTo, unit.IsSample,
                },
                transaction);
            var path = $"{parent?.Path ?? "/"}{id}/";
            await connection.ExecuteAsync("UPDATE org_unit SET path = @path WHERE id = @id", new { path, id }, transaction);
            known[unit.Code] = (id, path, (parent?.Level ?? 0) + 1);
            ids[unit.Code] = id;
        }

        await transaction.CommitAsync(cancellationToken);
        return ids;
    }
}
