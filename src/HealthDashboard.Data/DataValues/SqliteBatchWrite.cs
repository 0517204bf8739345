using System.Globalization;
using Microsoft.Data.Sqlite;

namespace HealthDashboard.Data.DataValues;

/// <summary>
/// The SQLite side of <see cref="DataValueBatchWriter"/>: an INSERT for new keys, an UPDATE by key for stored ones, a
/// DELETE by key for deletions and the audit insert, each prepared once and run per value with new parameter values. The writer has read the stored
/// values under the write lock, so it knows which statement each key needs: an upsert would try the insert first and
/// check the foreign keys of every updated row for nothing.
/// </summary>
internal static class SqliteBatchWrite
{
    public static void Write(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<BatchChange> changes, string actor, string via, DateTime at)
    {
        using var insert = ValueCommand(connection, transaction, actor, at,
            "INSERT INTO data_value (data_element_id, org_unit_id, period, value, comment, stored_by, updated_at) VALUES ($e, $u, $p, $v, $c, $actor, $at)");
        using var update = ValueCommand(connection, transaction, actor, at,
            "UPDATE data_value SET value = $v, comment = $c, stored_by = $actor, updated_at = $at " +
            "WHERE data_element_id = $e AND org_unit_id = $u AND period = $p");
        using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = "DELETE FROM data_value WHERE data_element_id = $e AND org_unit_id = $u AND period = $p";
        var de = delete.Parameters.Add("$e", SqliteType.Integer);
        var du = delete.Parameters.Add("$u", SqliteType.Integer);
        var dp = delete.Parameters.Add("$p", SqliteType.Text);
        delete.Prepare();

        using var audit = connection.CreateCommand();
        audit.Transaction = transaction;
        audit.CommandText = "INSERT INTO audit_log (at, actor, action, entity, entity_key, old_value, new_value, via) " +
                            "VALUES ($at, $actor, $action, 'data_value', $key, $old, $new, $via)";
        var action = audit.Parameters.Add("$action", SqliteType.Text);
        var key = audit.Parameters.Add("$key", SqliteType.Text);
        var old = audit.Parameters.Add("$old", SqliteType.Text);
        var @new = audit.Parameters.Add("$new", SqliteType.Text);
        audit.Parameters.AddWithValue("$at", at);
        audit.Parameters.AddWithValue("$actor", actor);
        audit.Parameters.AddWithValue("$via", via);
        audit.Prepare();

        foreach (var change in changes)
        {
            var value = change.Value;
            var period = value.Period.ToString();
            var isDeletion = change.Kind == BatchChangeKind.Deleted;
            var command = isDeletion ? delete : change.Old is null ? insert : update;
            if (isDeletion)
            {
                (de.Value, du.Value, dp.Value) = (value.ElementId, value.OrgUnitId, period);
            }
            else
            {
                var p = command.Parameters;
                (p[0].Value, p[1].Value, p[2].Value, p[3].Value, p[4].Value) = (value.ElementId, value.OrgUnitId, period, value.Value, (object?)value.Comment ?? DBNull.Value);
            }

            if (command.ExecuteNonQuery() != 1)
            {
                // The stored values were read under this transaction's write lock, so this cannot happen unless that changes.
                throw new InvalidOperationException($"{value.ElementCode}/{value.OrgUnitCode}/{period} was not written.");
            }

            action.Value = change.AuditAction;
            key.Value = $"{value.ElementCode}/{value.OrgUnitCode}/{period}";
            old.Value = change.Old is { } o ? Invariant(o.Value) : DBNull.Value;
            // A deletion keeps the old value in the log and has no new one.
            @new.Value = isDeletion ? DBNull.Value : Invariant(value.Value);
            audit.ExecuteNonQuery();
        }
    }

    /// <summary>A prepared statement over one value whose first five parameters are its key, value and comment.</summary>
    private static SqliteCommand ValueCommand(SqliteConnection connection, SqliteTransaction transaction, string actor, DateTime at, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.Add("$e", SqliteType.Integer);
        command.Parameters.Add("$u", SqliteType.Integer);
        command.Parameters.Add("$p", SqliteType.Text);
        command.Parameters.Add("$v", SqliteType.Real);
        command.Parameters.Add("$c", SqliteType.Text);
        command.Parameters.AddWithValue("$actor", actor);
        command.Parameters.AddWithValue("$at", at);
        command.Prepare();
        return command;
    }

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
