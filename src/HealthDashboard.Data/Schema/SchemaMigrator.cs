using System.Data.Common;
using HealthDashboard.Data.Db;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HealthDashboard.Data.Schema;

/// <summary>
/// Brings the database to the model's last migration. A database made before EF Core (the hand-written migrations,
/// whose last version 12 is what the initial migration creates) is adopted first: its history gets the initial
/// migration, so only the later ones run. Two processes starting at once (two app nodes, the app and the command
/// line) apply each migration once: on PostgreSQL the whole of it, adoption and migrations, runs under one advisory lock
/// (EF Core's own lock there does not keep a second process from reading the history before the first has written it);
/// on SQLite the adoption waits for the write lock and EF Core's migration lock does the rest.
/// </summary>
public sealed class SchemaMigrator(Database database)
{
    /// <summary>The hand-written schema's last version, which the initial migration reproduces.</summary>
    public const int LastHandWrittenVersion = 12;

    // Any fixed number: the key of the PostgreSQL advisory lock held while a database is adopted and migrated.
    private const long PostgresMigrationLockKey = 0x48445F4D49475201;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var context = DashboardContexts.Create(database.Provider, connection);
        if (database.IsPostgres)
        {
            // A session lock on the connection the migrations run on: the second process waits here until the first has
            // committed everything, then finds nothing left to do.
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({PostgresMigrationLockKey})", cancellationToken);
        }

        try
        {
            await AdoptHandWrittenSchemaAsync(context, connection, cancellationToken);
            await context.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            if (database.IsPostgres)
            {
                // Not cancellable: the lock must go even when the start is being cancelled (the connection may be pooled).
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({PostgresMigrationLockKey})", CancellationToken.None);
            }
        }
    }

    /// <summary>The migrations recorded in the database, oldest first.</summary>
    public async Task<IReadOnlyList<string>> AppliedMigrationsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var context = DashboardContexts.Create(database.Provider, connection);
        return (await context.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
    }

    private async Task AdoptHandWrittenSchemaAsync(DashboardDbContext context, DbConnection connection, CancellationToken cancellationToken)
    {
        // Microsoft.Data.Sqlite begins with BEGIN IMMEDIATE: a second process waits here for the write lock.
        // On PostgreSQL, MigrateAsync's advisory lock is held already.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var handWritten = Convert.ToBoolean(await ScalarAsync(connection, transaction, database.IsPostgres
            ? "SELECT to_regclass('schema_version') IS NOT NULL"
            : "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        if (!handWritten)
        {
            await transaction.RollbackAsync(cancellationToken);
            return; // Made by EF Core, or empty: MigrateAsync does the rest.
        }

        var history = context.GetService<IHistoryRepository>();
        var initial = context.Database.GetMigrations().First();
        var version = Convert.ToInt32(await ScalarAsync(connection, transaction, "SELECT coalesce(max(version), 0) FROM schema_version", cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture);
        if (version != LastHandWrittenVersion)
        {
            throw new InvalidOperationException(
                $"This database has the hand-written schema version {version}; this release adopts only version {LastHandWrittenVersion}. " +
                "Start the release 37d67a8 (the last one before EF Core) on it once, then this release.");
        }

        await ExecuteAsync(connection, transaction, history.GetCreateIfNotExistsScript(), cancellationToken);
        context.Database.UseTransaction(transaction);
        var adopted = (await history.GetAppliedMigrationsAsync(cancellationToken)).Any(row => row.MigrationId == initial);
        context.Database.UseTransaction(null);
        if (adopted)
        {
            await transaction.RollbackAsync(cancellationToken);
            return; // Adopted at an earlier start.
        }

        await ExecuteAsync(connection, transaction, history.GetInsertScript(new HistoryRow(initial, ProductInfo.GetVersion())), cancellationToken);
        // What the initial migration has beyond version 12: EF Core indexes every foreign key.
        await ExecuteAsync(connection, transaction, """
            CREATE INDEX IF NOT EXISTS ix_plan_org_unit_id ON plan (org_unit_id);
            CREATE INDEX IF NOT EXISTS ix_target_indicator_id ON target (indicator_id);
            CREATE INDEX IF NOT EXISTS ix_target_org_unit_id ON target (org_unit_id);
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }
}
