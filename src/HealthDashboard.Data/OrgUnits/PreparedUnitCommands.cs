using System.Data;
using System.Data.Common;
using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Data.OrgUnits;

/// <summary>
/// The org-unit INSERT (returning the new id) and path UPDATE, each prepared once on a connection and transaction the
/// caller owns and run once per unit with new parameter values: the hot path of seeding and generating a country.
/// </summary>
internal sealed class PreparedUnitCommands : IAsyncDisposable
{
    private readonly DbCommand _insert;
    private readonly DbCommand _path;

    public PreparedUnitCommands(DbConnection connection, DbTransaction transaction)
    {
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText =
            "INSERT INTO org_unit (code, name_vi, name_en, parent_id, path, level, kind, valid_from, valid_to, is_sample) " +
            "VALUES (@code, @name_vi, @name_en, @parent_id, '', @level, @kind, @valid_from, @valid_to, @is_sample) RETURNING id";
        // Types are set up front: PostgreSQL prepares a statement with its parameter types, and a null has none.
        Add(_insert, "code", DbType.String);
        Add(_insert, "name_vi", DbType.String);
        Add(_insert, "name_en", DbType.String);
        Add(_insert, "parent_id", DbType.Int64);
        Add(_insert, "level", DbType.Int32);
        Add(_insert, "kind", DbType.String);
        Add(_insert, "valid_from", DbType.Date);
        Add(_insert, "valid_to", DbType.Date);
        Add(_insert, "is_sample", DbType.Boolean);

        _path = connection.CreateCommand();
        _path.Transaction = transaction;
        _path.CommandText = "UPDATE org_unit SET path = @path WHERE id = @id";
        Add(_path, "path", DbType.String);
        Add(_path, "id", DbType.Int64);
    }

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await _insert.PrepareAsync(cancellationToken);
        await _path.PrepareAsync(cancellationToken);
    }

    /// <summary>Inserts the unit with an empty path (it holds the id this makes) and returns its id.</summary>
    public async Task<long> InsertAsync(NewOrgUnit unit, long? parentId, int level, CancellationToken cancellationToken)
    {
        var p = _insert.Parameters;
        p["code"].Value = unit.Code;
        p["name_vi"].Value = unit.NameVi;
        p["name_en"].Value = unit.NameEn;
        p["parent_id"].Value = parentId is { } parent ? parent : DBNull.Value;
        p["level"].Value = level;
        p["kind"].Value = OrgUnitKindNames.ToName(unit.Kind);
        p["valid_from"].Value = unit.ValidFrom;
        p["valid_to"].Value = unit.ValidTo is { } to ? to : DBNull.Value;
        p["is_sample"].Value = unit.IsSample;
        return Convert.ToInt64(await _insert.ExecuteScalarAsync(cancellationToken));
    }

    public async Task SetPathAsync(long id, string path, CancellationToken cancellationToken)
    {
        _path.Parameters["path"].Value = path;
        _path.Parameters["id"].Value = id;
        await _path.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _insert.DisposeAsync();
        await _path.DisposeAsync();
    }

    private static void Add(DbCommand command, string name, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        command.Parameters.Add(parameter);
    }
}
