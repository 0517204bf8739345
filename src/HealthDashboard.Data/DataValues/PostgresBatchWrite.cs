using System.Globalization;
using HealthDashboard.Domain.Engine;
using Npgsql;
using NpgsqlTypes;

namespace HealthDashboard.Data.DataValues;

/// <summary>
/// The PostgreSQL side of <see cref="DataValueBatchWriter"/>: at most four statements whatever the batch size (upsert,
/// delete, audit, notices), so an import of thousands stays fast. The NOTIFY goes out in the same transaction, so
/// exactly when it commits.
/// </summary>
internal static class PostgresBatchWrite
{
    public static async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<BatchChange> changes,
        string actor, string via, string origin, DateTime at, CancellationToken cancellationToken)
    {
        var values = changes.Select(c => c.Value).ToList();
        var written = values.Where(v => !v.Deleted).ToList();
        var deleted = values.Where(v => v.Deleted).ToList();
        if (written.Count > 0)
        {
            await UpsertAsync(connection, transaction, written, actor, at, cancellationToken);
        }

        if (deleted.Count > 0)
        {
            await using var delete = Command(connection, transaction,
                "DELETE FROM data_value v USING unnest(@e, @u, @p) AS k(e, u, p) WHERE v.data_element_id = k.e AND v.org_unit_id = k.u AND v.period = k.p",
                ("e", deleted.Select(v => v.ElementId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bigint),
                ("u", deleted.Select(v => v.OrgUnitId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bigint),
                ("p", deleted.Select(v => v.Period.ToString()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text));
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var audit = Command(connection, transaction,
            "INSERT INTO audit_log (at, actor, action, entity, entity_key, old_value, new_value, via) " +
            "SELECT @at, @actor, k.a, 'data_value', k.k, k.o, k.n, @via FROM unnest(@a, @k, @o, @n) WITH ORDINALITY AS k(a, k, o, n, i) ORDER BY k.i",
            ("a", changes.Select(c => c.AuditAction).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("k", values.Select(v => $"{v.ElementCode}/{v.OrgUnitCode}/{v.Period}").ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("o", changes.Select(c => c.Old is { } o ? Invariant(o.Value) : null).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            // A deletion keeps the old value in the log and has no new one.
            ("n", values.Select(v => v.Deleted ? null : Invariant(v.Value)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("actor", actor, NpgsqlDbType.Text), ("via", via, NpgsqlDbType.Text), ("at", at, NpgsqlDbType.TimestampTz)))
        {
            await audit.ExecuteNonQueryAsync(cancellationToken);
        }

        // Deleted keys too: the other nodes recompute them from what is stored now, without the deleted value.
        var notices = RawChangeNotice.Encode(origin, values.Select(v => new RawKey(v.ElementId, v.OrgUnitId, v.Period)));
        await using (var notify = Command(connection, transaction, "SELECT pg_notify(@channel, n) FROM unnest(@n) WITH ORDINALITY AS t(n, i) ORDER BY t.i",
            ("channel", RawChangeNotice.Channel, NpgsqlDbType.Text), ("n", notices.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)))
        {
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task UpsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<BatchValue> values, string actor, DateTime at,
        CancellationToken cancellationToken)
    {
        await using var upsert = Command(connection, transaction,
            "INSERT INTO data_value (data_element_id, org_unit_id, period, value, comment, stored_by, updated_at) " +
            "SELECT k.e, k.u, k.p, k.v, k.c, @actor, @at FROM unnest(@e, @u, @p, @v, @c) AS k(e, u, p, v, c) " +
            "ON CONFLICT (data_element_id, org_unit_id, period) DO UPDATE SET value = excluded.value, comment = excluded.comment, " +
            "stored_by = excluded.stored_by, updated_at = excluded.updated_at",
            ("e", values.Select(v => v.ElementId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bigint),
            ("u", values.Select(v => v.OrgUnitId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bigint),
            ("p", values.Select(v => v.Period.ToString()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("v", values.Select(v => v.Value).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Double),
            ("c", values.Select(v => v.Comment).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("actor", actor, NpgsqlDbType.Text), ("at", at, NpgsqlDbType.TimestampTz));
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql,
        params (string Name, object? Value, NpgsqlDbType Type)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value, type) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });
        }

        return command;
    }

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
