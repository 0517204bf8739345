using System.Data.Common;
using Dapper;
using HealthDashboard.Data.Db;

namespace HealthDashboard.Data.Migrations;

/// <summary>
/// Applies the missing migrations in one transaction under an exclusive lock, so two processes starting at once
/// (two app nodes, the app and the CLI) apply each step once; running it again changes nothing.
/// </summary>
public sealed class MigrationRunner(Database database)
{
    // Any fixed number: the key of the PostgreSQL advisory lock that serialises migrations across processes.
    private const long PostgresLockKey = 0x48445F4D49475201;

    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await BeginLockedAsync(connection, cancellationToken);
        await connection.ExecuteAsync(
            database.IsPostgres
                ? "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)"
                : "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            transaction: transaction);
        var applied = (await connection.QueryAsync<int>("SELECT version FROM schema_version", transaction: transaction)).ToHashSet();
        var done = new List<int>();
        foreach (var migration in MigrationSource.For(database.Provider).Where(m => !applied.Contains(m.Version)))
        {
            await connection.ExecuteAsync(migration.Sql, transaction: transaction);
            await connection.ExecuteAsync(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @At)",
                new { migration.Version, migration.Name, At = DateTime.UtcNow },
                transaction);
            done.Add(migration.Version);
        }

        await transaction.CommitAsync(cancellationToken);
        return done;
    }

    public async Task<IReadOnlyList<int>> AppliedVersionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version")).ToList();
    }

    private async Task<DbTransaction> BeginLockedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // On SQLite, Microsoft.Data.Sqlite begins with BEGIN IMMEDIATE: the write lock is taken up front, so a second
        // process waits rather than reading the version table before the first one has finished.
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (database.IsPostgres)
        {
            await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@key)", new { key = PostgresLockKey }, transaction);
        }

        return transaction;
    }
}
