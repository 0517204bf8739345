using System.Data.Common;
using System.Globalization;
using Dapper;
using HealthDashboard.Data.Audit;
using HealthDashboard.Data.Db;
using HealthDashboard.Domain.Engine;
using Npgsql;
using NpgsqlTypes;

namespace HealthDashboard.Data.DataValues;

/// <summary>
/// Saves the values of one request (API call, form, import) all or nothing: every value inserted or updated and one
/// audit row each, in one transaction. On PostgreSQL the NOTIFY for the other nodes is sent inside that transaction,
/// so it goes out exactly when the write commits and never for a write that rolled back.
/// </summary>
public sealed class DataValueBatchWriter(Database database)
{
    private const string Upsert =
        "INSERT INTO data_value (data_element_id, org_unit_id, period, value, comment, stored_by, updated_at) " +
        "VALUES (@ElementId, @OrgUnitId, @Period, @Value, @Comment, @Actor, @At) ON CONFLICT (data_element_id, org_unit_id, period) DO UPDATE SET " +
        "value = excluded.value, comment = excluded.comment, stored_by = excluded.stored_by, updated_at = excluded.updated_at";

    /// <param name="origin">The writing node's id, which the NOTIFY carries so that node does not apply its own change twice.</param>
    /// <param name="expected">When given, the write happens only if each of these keys still holds the value the writer
    /// saw; otherwise nothing is written and the result lists the keys that changed.</param>
    /// <exception cref="ArgumentException">Two values with the same key: the caller's validation should have said so.</exception>
    public async Task<DataValueBatchResult> WriteAsync(IReadOnlyList<BatchValue> values, string actor, string via, string origin,
        CancellationToken cancellationToken = default, IReadOnlyList<ExpectedValue>? expected = null)
    {
        EnsureDistinctKeys(values);
        if (values.Count == 0)
        {
            return new DataValueBatchResult(0, 0);
        }

        var at = DateTime.UtcNow;
        await using var connection = await database.OpenAsync(cancellationToken);
        // On SQLite this is BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): the write lock is taken up front, so two
        // writers queue on busy_timeout instead of one failing when its read of the old values turns into a write.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (expected is { Count: > 0 } && await ExpectationCheck.FindAsync(connection, transaction, expected, cancellationToken) is { Count: > 0 } conflicts)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new DataValueBatchResult(0, 0) { Conflicts = conflicts };
        }

        var result = connection is NpgsqlConnection postgres
            ? await WritePostgresAsync(postgres, (NpgsqlTransaction)transaction, values, actor, via, origin, at, cancellationToken)
            : await WriteEachAsync(connection, transaction, values, actor, via, at);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private static async Task<DataValueBatchResult> WriteEachAsync(DbConnection connection, DbTransaction transaction,
        IReadOnlyList<BatchValue> values, string actor, string via, DateTime at)
    {
        var created = 0;
        foreach (var v in values)
        {
            var period = v.Period.ToString();
            var old = await connection.QuerySingleOrDefaultAsync<double?>(
                "SELECT value FROM data_value WHERE data_element_id = @ElementId AND org_unit_id = @OrgUnitId AND period = @period",
                new { v.ElementId, v.OrgUnitId, period }, transaction);
            await connection.ExecuteAsync(Upsert, new { v.ElementId, v.OrgUnitId, Period = period, v.Value, v.Comment, Actor = actor, At = at }, transaction);
            await AuditStore.AppendAsync(connection, transaction, AuditOf(v, old, actor, via, at));
            created += old is null ? 1 : 0;
        }

        return new DataValueBatchResult(created, values.Count - created);
    }

    /// <summary>Three statements whatever the batch size (old values, upsert, audit), then the notices: an import of thousands stays fast.</summary>
    private static async Task<DataValueBatchResult> WritePostgresAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<BatchValue> values, string actor, string via, string origin, DateTime at, CancellationToken cancellationToken)
    {
        var elements = values.Select(v => v.ElementId).ToArray();
        var units = values.Select(v => v.OrgUnitId).ToArray();
        var periods = values.Select(v => v.Period.ToString()).ToArray();

        var old = new Dictionary<(long, long, string), double>();
        await using (var select = Command(connection, transaction,
            "SELECT v.data_element_id, v.org_unit_id, v.period, v.value FROM data_value v " +
            "JOIN unnest(@e, @u, @p) AS k(e, u, p) ON v.data_element_id = k.e AND v.org_unit_id = k.u AND v.period = k.p FOR UPDATE OF v",
            ("e", elements, NpgsqlDbType.Array | NpgsqlDbType.Bigint), ("u", units, NpgsqlDbType.Array | NpgsqlDbType.Bigint),
            ("p", periods, NpgsqlDbType.Array | NpgsqlDbType.Text)))
        {
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                old[(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2))] = reader.GetDouble(3);
            }
        }

        await using (var upsert = Command(connection, transaction,
            "INSERT INTO data_value (data_element_id, org_unit_id, period, value, comment, stored_by, updated_at) " +
            "SELECT k.e, k.u, k.p, k.v, k.c, @actor, @at FROM unnest(@e, @u, @p, @v, @c) AS k(e, u, p, v, c) " +
            "ON CONFLICT (data_element_id, org_unit_id, period) DO UPDATE SET value = excluded.value, comment = excluded.comment, " +
            "stored_by = excluded.stored_by, updated_at = excluded.updated_at",
            ("e", elements, NpgsqlDbType.Array | NpgsqlDbType.Bigint), ("u", units, NpgsqlDbType.Array | NpgsqlDbType.Bigint),
            ("p", periods, NpgsqlDbType.Array | NpgsqlDbType.Text), ("v", values.Select(v => v.Value).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Double),
            ("c", values.Select(v => v.Comment).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("actor", actor, NpgsqlDbType.Text), ("at", at, NpgsqlDbType.TimestampTz)))
        {
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        var audits = values.Select(v => AuditOf(v, old.TryGetValue((v.ElementId, v.OrgUnitId, v.Period.ToString()), out var o) ? o : null, actor, via, at)).ToList();
        await using (var audit = Command(connection, transaction,
            "INSERT INTO audit_log (at, actor, action, entity, entity_key, old_value, new_value, via) " +
            "SELECT @at, @actor, k.a, 'data_value', k.k, k.o, k.n, @via FROM unnest(@a, @k, @o, @n) WITH ORDINALITY AS k(a, k, o, n, i) ORDER BY k.i",
            ("a", audits.Select(a => a.Action).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("k", audits.Select(a => a.EntityKey).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("o", audits.Select(a => a.OldValue).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("n", audits.Select(a => a.NewValue).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("actor", actor, NpgsqlDbType.Text), ("via", via, NpgsqlDbType.Text), ("at", at, NpgsqlDbType.TimestampTz)))
        {
            await audit.ExecuteNonQueryAsync(cancellationToken);
        }

        var notices = RawChangeNotice.Encode(origin, values.Select(v => new RawKey(v.ElementId, v.OrgUnitId, v.Period)));
        await using (var notify = Command(connection, transaction, "SELECT pg_notify(@channel, n) FROM unnest(@n) WITH ORDINALITY AS t(n, i) ORDER BY t.i",
            ("channel", RawChangeNotice.Channel, NpgsqlDbType.Text), ("n", notices.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)))
        {
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }

        return new DataValueBatchResult(values.Count - old.Count, old.Count);
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

    private static AuditEntry AuditOf(BatchValue v, double? old, string actor, string via, DateTime at) => new()
    {
        At = at, Actor = actor, Action = old is null ? "create" : "update", Entity = "data_value",
        EntityKey = $"{v.ElementCode}/{v.OrgUnitCode}/{v.Period}", OldValue = Invariant(old), NewValue = Invariant(v.Value), Via = via,
    };

    private static void EnsureDistinctKeys(IReadOnlyList<BatchValue> values)
    {
        var keys = new HashSet<(long, long, Domain.Periods.Period)>();
        foreach (var v in values)
        {
            if (!keys.Add((v.ElementId, v.OrgUnitId, v.Period)))
            {
                throw new ArgumentException($"The batch holds {v.ElementCode}/{v.OrgUnitCode}/{v.Period} twice.", nameof(values));
            }
        }
    }

    private static string? Invariant(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
}
