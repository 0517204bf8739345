using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using HealthDashboard.Data.Db;
using Microsoft.Data.Sqlite;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// Hangfire's storage for one app, made here and handed to its server, client and recurring-job manager (never set as
/// Hangfire's static JobStorage.Current: tests run several apps in one process, each on its own database).
/// </summary>
public static class JobStorageFactory
{
    /// <summary>
    /// PostgreSQL: Hangfire.PostgreSql in the schema "hangfire" of the app's database, which every node shares (each
    /// recurring occurrence and each queued run is taken by one node). SQLite: Hangfire.Storage.SQLite in a file of its
    /// own (<see cref="JobsOptions.SqliteFile"/>), one node.
    /// </summary>
    public static JobStorage Create(Database database, JobsOptions options)
    {
        if (database.IsPostgres)
        {
            var postgres = new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = options.QueuePollInterval,
                InvisibilityTimeout = options.InvisibilityTimeout,
                // A run taken by a node stays its own while the node lives, however long it takes; a killed node's run
                // is taken up by another after InvisibilityTimeout.
                UseSlidingInvisibilityTimeout = true,
            };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, postgres), postgres);
        }

        var sqlite = new SQLiteStorageOptions
        {
            QueuePollInterval = options.QueuePollInterval,
            InvisibilityTimeout = options.InvisibilityTimeout,
        };
        return new SQLiteStorage(SqliteFile(database, options), sqlite);
    }

    /// <summary>Hangfire's SQLite file: as configured, or the app's database file with "-jobs" before its extension.</summary>
    public static string SqliteFile(Database database, JobsOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.SqliteFile))
        {
            return Path.GetFullPath(options.SqliteFile);
        }

        var appFile = Path.GetFullPath(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource);
        return Path.Combine(Path.GetDirectoryName(appFile)!, Path.GetFileNameWithoutExtension(appFile) + "-jobs" + Path.GetExtension(appFile));
    }
}
