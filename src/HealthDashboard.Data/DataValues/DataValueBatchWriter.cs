using HealthDashboard.Data.Db;
using Database = HealthDashboard.Data.Db.Database;
using HealthDashboard.Domain.Engine;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace HealthDashboard.Data.DataValues;

/// <summary>
/// Saves the values of one request (API call, form, import) all or nothing: every new or changed value inserted or
/// updated, every deletion of a stored value deleted, with one audit row each, in one transaction; a value equal to the stored one (same value and comment) is
/// left alone and not audited, so importing the same file twice changes nothing. On PostgreSQL the NOTIFY for the
/// other nodes is sent inside that transaction, so it goes out exactly when the write commits.
/// </summary>
public sealed class DataValueBatchWriter(Database database)
{
    /// <summary>What <see cref="WriteAsync"/> would do with these values, computed without writing anything.</summary>
    /// <exception cref="ArgumentException">Two values with the same key.</exception>
    public async Task<DataValueBatchPreview> PreviewAsync(IReadOnlyList<BatchValue> values, CancellationToken cancellationToken = default)
    {
        EnsureDistinctKeys(values);
        if (values.Count == 0)
        {
            return new DataValueBatchPreview([]);
        }

        await using var context = database.Context();
        await context.Database.OpenConnectionAsync(cancellationToken);
        var old = await StoredValuesReader.ReadAsync(context.Database.GetDbConnection(), null, values, forUpdate: false, cancellationToken);
        return new DataValueBatchPreview(Compare(values, old));
    }

    /// <param name="origin">The writing node's id, which the NOTIFY carries so that node does not apply its own change twice.</param>
    /// <exception cref="ArgumentException">Two values with the same key: the caller's validation should have said so.</exception>
    /// <param name="expected">When given, the write happens only if each of these keys still holds the value the writer
    /// saw; otherwise nothing is written and the result lists the keys that changed.</param>
    public async Task<DataValueBatchResult> WriteAsync(IReadOnlyList<BatchValue> values, string actor, string via, string origin,
        CancellationToken cancellationToken = default, IReadOnlyList<ExpectedValue>? expected = null)
    {
        EnsureDistinctKeys(values);
        if (values.Count == 0)
        {
            return new DataValueBatchResult(0, 0);
        }

        var at = DateTime.UtcNow;
        // A batch (an import of 100,000 rows) is written by the provider's own commands on the context's connection:
        // see PostgresBatchWrite and SqliteBatchWrite for why, and docs/BENCHMARKS.md ("Imports: 100,000 rows") for the figure.
        await using var context = database.Context();
        // On SQLite this is BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): the write lock is taken up front, so two
        // writers queue on busy_timeout instead of one failing when its read of the old values turns into a write.
        await using var efTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var connection = context.Database.GetDbConnection();
        var transaction = efTransaction.GetDbTransaction();
        if (expected is { Count: > 0 } && await ExpectationCheck.FindAsync(context, expected, cancellationToken) is { Count: > 0 } conflicts)
        {
            await efTransaction.RollbackAsync(cancellationToken);
            return new DataValueBatchResult(0, 0) { Conflicts = conflicts };
        }

        var old = await StoredValuesReader.ReadAsync(connection, transaction, values, forUpdate: true, cancellationToken);
        var all = Compare(values, old);
        var changes = all.Where(c => c.Kind != BatchChangeKind.Unchanged).ToList();
        if (changes.Count > 0)
        {
            if (connection is NpgsqlConnection postgres)
            {
                await PostgresBatchWrite.WriteAsync(postgres, (NpgsqlTransaction)transaction, changes, actor, via, origin, at, cancellationToken);
            }
            else
            {
                SqliteBatchWrite.Write((SqliteConnection)connection, (SqliteTransaction)transaction, changes, actor, via, at);
            }
        }

        await efTransaction.CommitAsync(cancellationToken);
        var created = changes.Count(c => c.Kind == BatchChangeKind.New);
        var deleted = changes.Count(c => c.Kind == BatchChangeKind.Deleted);
        return new DataValueBatchResult(created, changes.Count - created - deleted, all.Count - changes.Count, deleted)
        {
            Changed = changes.Select(c => new RawKey(c.Value.ElementId, c.Value.OrgUnitId, c.Value.Period)).ToList(),
        };
    }

    private static List<BatchChange> Compare(IReadOnlyList<BatchValue> values, Dictionary<(long, long, string), StoredValue> old) =>
        values.Select(v => new BatchChange(v, old.GetValueOrDefault((v.ElementId, v.OrgUnitId, v.Period.ToString())))).ToList();

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
}
