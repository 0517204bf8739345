using Database = HealthDashboard.Data.Db.Database;
using HealthDashboard.Data.Schema;
using HealthDashboard.Domain.OrgUnits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace HealthDashboard.Data.OrgUnits;

/// <summary>Reads and writes the org-unit tree.</summary>
public sealed class OrgUnitStore(Database database)
{
    public async Task<IReadOnlyList<OrgUnit>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var rows = await context.OrgUnits.OrderBy(u => u.Path).ToListAsync(cancellationToken);
        return rows.Select(ToOrgUnit).ToList();
    }

    public async Task<OrgUnitTree> TreeAsync(CancellationToken cancellationToken = default) => new(await AllAsync(cancellationToken));

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        return await context.OrgUnits.CountAsync(cancellationToken);
    }

    /// <summary>Inserts units given parents first (a parent may be in the batch or already stored), in one transaction.</summary>
    public async Task<IReadOnlyDictionary<string, long>> InsertAsync(IEnumerable<NewOrgUnit> units, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var known = await context.OrgUnits.Select(u => new { u.Code, u.Id, u.Path, u.Level })
            .ToDictionaryAsync(u => u.Code, u => (u.Id, u.Path, u.Level), StringComparer.OrdinalIgnoreCase, cancellationToken);
        // Direct provider commands on the context's own connection and transaction, for speed: a unit's path holds its
        // own id, so each unit is an insert and then an update of what the insert made. Through EF that is two trips
        // through its command pipeline (or a tracked entity per unit) for each of up to 20,000 units of a national
        // generate; one prepared INSERT and one prepared UPDATE, reused for the whole batch, keep seed and generate as
        // fast as before EF (docs/BENCHMARKS.md, "Org units").
        await using var rows = new PreparedUnitCommands(context.Database.GetDbConnection(), transaction.GetDbTransaction());
        await rows.PrepareAsync(cancellationToken);
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

            var level = (parent?.Level ?? 0) + 1;
            var id = await rows.InsertAsync(unit, parent?.Id, level, cancellationToken);
            var path = $"{parent?.Path ?? "/"}{id}/";
            await rows.SetPathAsync(id, path, cancellationToken);
            known[unit.Code] = (id, path, level);
            ids[unit.Code] = id;
        }

        await transaction.CommitAsync(cancellationToken);
        return ids;
    }

    private static OrgUnit ToOrgUnit(OrgUnitEntity row) => new()
    {
        Id = row.Id,
        Code = row.Code,
        NameVi = row.NameVi,
        NameEn = row.NameEn,
        ParentId = row.ParentId,
        Path = row.Path,
        Level = row.Level,
        Kind = OrgUnitKindNames.Parse(row.Kind),
        ValidFrom = row.ValidFrom,
        ValidTo = row.ValidTo,
        IsSample = row.IsSample,
    };
}
