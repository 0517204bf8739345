using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace HealthDashboard.Data.DataValues;

/// <summary>
/// Reads what is stored under each key of a batch. PostgreSQL: one statement over unnest arrays (FOR UPDATE inside a
/// write, so nobody changes a row between this read and the write). SQLite: one prepared lookup run per key, which
/// for 100,000 keys takes a fraction of a second, where a freshly built query per key took seconds (and a LINQ query per
/// key costs more still). Part of the batch write, so it stays on the provider's commands, on the context's connection.
/// </summary>
internal static class StoredValuesReader
{
    public static async Task<Dictionary<(long, long, string), StoredValue>> ReadAsync(DbConnection connection, DbTransaction? transaction,
        IReadOnlyList<BatchValue> values, bool forUpdate, CancellationToken cancellationToken)
    {
        return connection is NpgsqlConnection postgres
            ? await ReadPostgresAsync(postgres, (NpgsqlTransaction?)transaction, values, forUpdate, cancellationToken)
            : ReadSqlite((SqliteConnection)connection, (SqliteTransaction?)transaction, values);
    }

    private static Dictionary<(long, long, string), StoredValue> ReadSqlite(SqliteConnection connection, SqliteTransaction? transaction,
        IReadOnlyList<BatchValue> values)
    {
        var old = new Dictionary<(long, long, string), StoredValue>();
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT value, comment FROM data_value WHERE data_element_id = $e AND org_unit_id = $u AND period = $p";
        var e = select.Parameters.Add("$e", SqliteType.Integer);
        var u = select.Parameters.Add("$u", SqliteType.Integer);
        var p = select.Parameters.Add("$p", SqliteType.Text);
        select.Prepare();
        foreach (var v in values)
        {
            var period = v.Period.ToString();
            (e.Value, u.Value, p.Value) = (v.ElementId, v.OrgUnitId, period);
            using var reader = select.ExecuteReader();
            if (reader.Read())
            {
                old[(v.ElementId, v.OrgUnitId, period)] = new StoredValue(reader.GetDouble(0), reader.IsDBNull(1) ? null : reader.GetString(1));
            }
        }

        return old;
    }

    private static async Task<Dictionary<(long, long, string), StoredValue>> ReadPostgresAsync(NpgsqlConnection connection,
        NpgsqlTransaction? transaction, IReadOnlyList<BatchValue> values, bool forUpdate, CancellationToken cancellationToken)
    {
        var old = new Dictionary<(long, long, string), StoredValue>();
        await using var select = new NpgsqlCommand(
            "SELECT v.data_element_id, v.org_unit_id, v.period, v.value, v.comment FROM data_value v " +
            "JOIN unnest(@e, @u, @p) AS k(e, u, p) ON v.data_element_id = k.e AND v.org_unit_id = k.u AND v.period = k.p" +
            (forUpdate ? " FOR UPDATE OF v" : ""), connection, transaction);
        select.Parameters.Add(new NpgsqlParameter("e", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = values.Select(v => v.ElementId).ToArray() });
        select.Parameters.Add(new NpgsqlParameter("u", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = values.Select(v => v.OrgUnitId).ToArray() });
        select.Parameters.Add(new NpgsqlParameter("p", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.Select(v => v.Period.ToString()).ToArray() });
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            old[(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2))] =
                new StoredValue(reader.GetDouble(3), reader.IsDBNull(4) ? null : reader.GetString(4));
        }

        return old;
    }
}
