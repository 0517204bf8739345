using System.Data.Common;
using HealthDashboard.Data.Aggregates;
using HealthDashboard.Data.Db;
using HealthDashboard.Domain.Aggregation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace HealthDashboard.Data.DataValues;

/// <summary>
/// Loads many raw values into an empty or disjoint key range fast: binary COPY on PostgreSQL, one prepared
/// statement in large transactions on SQLite. Seeding and synthetic generation use it; user writes do not. Both go
/// under EF to the provider, on the context's own connection: they load millions of rows, where tracked entities or a
/// statement per row through EF would take many times as long (docs/BENCHMARKS.md, "Sample seeding").
/// </summary>
public sealed class BulkValueWriter(Database database)
{
    private const int SqliteBatch = 200_000;
    private static readonly TimeSpan WriterGap = TimeSpan.FromMilliseconds(150);

    /// <param name="stampOf">When a value was entered, where it is known (a sample report's completion); others get the load's time.</param>
    public async Task<long> WriteAsync(IEnumerable<RawValue> values, string storedBy, CancellationToken cancellationToken = default,
        Func<RawValue, DateTimeOffset?>? stampOf = null)
    {
        long written;
        await using (var context = database.Context())
        {
            await context.Database.OpenConnectionAsync(cancellationToken);
            var connection = context.Database.GetDbConnection();
            written = connection is NpgsqlConnection pg
                ? await CopyAsync(pg, values, storedBy, stampOf, cancellationToken)
                : await InsertAsync((SqliteConnection)connection, values, storedBy, stampOf, cancellationToken);
        }

        // These writes skip the audit log, which is how a persisted snapshot learns what changed since: forget it instead.
        await new SnapshotStore(database).ClearAsync(cancellationToken);
        return written;
    }

    private static async Task<long> CopyAsync(NpgsqlConnection connection, IEnumerable<RawValue> values, string storedBy,
        Func<RawValue, DateTimeOffset?>? stampOf, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY data_value (data_element_id, org_unit_id, period, value, stored_by, updated_at) FROM STDIN (FORMAT BINARY)", cancellationToken);
        // Finishing tens of millions of rows (index upkeep) takes longer than the 30 s command timeout. Not zero:
        // Npgsql 10 takes a zero here literally and times out at once, whatever its docs for command timeouts say.
        importer.Timeout = TimeSpan.FromHours(2);
        long count = 0;
        foreach (var v in values)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(v.ElementId, NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(v.OrgUnitId, NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(v.Period.ToString(), NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(v.Value, NpgsqlDbType.Double, cancellationToken);
            await importer.WriteAsync(storedBy, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(stampOf?.Invoke(v)?.UtcDateTime ?? now, NpgsqlDbType.TimestampTz, cancellationToken);
            count++;
        }

        await importer.CompleteAsync(cancellationToken);
        return count;
    }

    private static async Task<long> InsertAsync(SqliteConnection connection, IEnumerable<RawValue> values, string storedBy,
        Func<RawValue, DateTimeOffset?>? stampOf, CancellationToken cancellationToken)
    {
        // A bulk load either completes or is rerun from scratch, so per-commit fsyncs buy nothing here.
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=OFF";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        var now = DateTime.UtcNow.ToString("O");
        long count = 0;
        DbTransaction? transaction = null;
        SqliteCommand? command = null;
        try
        {
            foreach (var v in values)
            {
                if (count % SqliteBatch == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (transaction is not null)
                    {
                        await transaction.CommitAsync(cancellationToken);
                        await transaction.DisposeAsync();
                        // SQLite has one writer at a time, and a waiting writer polls (busy_timeout) rather than
                        // queues: beginning the next batch at once starved a person signing in during the first
                        // start's seeding until all of it was done. A pause between batches lets such a write in.
                        await Task.Delay(WriterGap, cancellationToken);
                    }

                    transaction = await connection.BeginTransactionAsync(cancellationToken);
                    command?.Dispose();
                    command = CreateInsert(connection, (SqliteTransaction)transaction, storedBy, now);
                }

                command!.Parameters[0].Value = v.ElementId;
                command.Parameters[1].Value = v.OrgUnitId;
                command.Parameters[2].Value = v.Period.ToString();
                command.Parameters[3].Value = v.Value;
                command.Parameters[5].Value = stampOf?.Invoke(v)?.UtcDateTime.ToString("O") ?? now;
                command.ExecuteNonQuery();
                count++;
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            command?.Dispose();
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }

        return count;
    }

    private static SqliteCommand CreateInsert(SqliteConnection connection, SqliteTransaction transaction, string storedBy, string now)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "INSERT INTO data_value (data_element_id, org_unit_id, period, value, stored_by, updated_at) VALUES ($e, $u, $p, $v, $by, $at)";
        command.Parameters.Add(new SqliteParameter("$e", SqliteType.Integer));
        command.Parameters.Add(new SqliteParameter("$u", SqliteType.Integer));
        command.Parameters.Add(new SqliteParameter("$p", SqliteType.Text));
        command.Parameters.Add(new SqliteParameter("$v", SqliteType.Real));
        command.Parameters.AddWithValue("$by", storedBy);
        command.Parameters.AddWithValue("$at", now);
        command.Prepare();
        return command;
    }
}
