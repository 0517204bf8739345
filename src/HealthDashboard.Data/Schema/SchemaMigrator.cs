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
/// line) apply each migration once: EF Core locks the database while it migrates, and the adoption runs under a lock of
/// its own (an advisory lock on PostgreSQL, the write lock on SQLite).
/// </summary>
public sealed class SchemaMigrator(Database database)
{
    /// <summary>The hand-written schema's last version, which the initial migration reproduces.</summary>
    public const int LastHandWrittenVersion = 12;

    // Any fixed number: the key of the PostgreSQL advisory lock taken while a database is adopted.
    private const long PostgresAdoptionLockKey = 0x48445F4D49475201;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var context = DashboardContexts.Create(database.Provider, connection);
        await AdoptHandWrittenSchemaAsync(context, connection, cancellationToken);
        await context.Database.MigrateAsync(cancellationToken);
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
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (database.IsPostgres)
        {
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresAdoptionLockKey})", cancellationToken);
        }

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

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
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
