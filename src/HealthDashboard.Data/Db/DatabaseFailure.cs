using Microsoft.Data.Sqlite;
using Npgsql;

namespace HealthDashboard.Data.Db;

/// <summary>
/// The one place that tells a database outage (the engine stopped, restarting, read-only, locked, its file gone) from
/// any other error, on both engines: the error pipeline answers those with 503 and a message instead of 500, an open
/// page keeps its sign-in and shows a banner, and a broken pooled connection empties the pool.
/// </summary>
public static class DatabaseFailure
{
    // SQLite's primary result codes (sqlite.org/rescode.html).
    private const int SqlitePerm = 3, SqliteBusy = 5, SqliteLocked = 6, SqliteReadOnly = 8, SqliteIoErr = 10, SqliteFull = 13, SqliteCantOpen = 14;

    // The I/O errors of writing (SQLITE_IOERR_WRITE, _FSYNC, _TRUNCATE): what a connection opened before the file
    // became read-only meets, where a new one meets SQLITE_READONLY.
    private static readonly int[] SqliteWriteErrors = [SqliteIoErr | (3 << 8), SqliteIoErr | (4 << 8), SqliteIoErr | (6 << 8)];

    public static DatabaseFailureKind Classify(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            var kind = e switch
            {
                SqliteException sqlite when SqliteWriteErrors.Contains(sqlite.SqliteExtendedErrorCode) => DatabaseFailureKind.CannotWrite,
                SqliteException sqlite => OfSqlite(sqlite.SqliteErrorCode),
                PostgresException postgres => OfPostgres(postgres.SqlState),
                // Npgsql's own exceptions (not the server's) are about the connection: refused, reset, timed out.
                NpgsqlException => DatabaseFailureKind.CannotRead,
                _ => DatabaseFailureKind.None,
            };
            if (kind != DatabaseFailureKind.None)
            {
                return kind;
            }
        }

        return DatabaseFailureKind.None;
    }

    public static bool IsOutage(Exception? error) => Classify(error) != DatabaseFailureKind.None;

    /// <summary>
    /// Whether the error left pooled PostgreSQL connections dead: the server ended them (restart, admin shutdown) or
    /// the socket broke. Npgsql does not test a pooled connection before handing it out (npgsql#5073), so every idle one
    /// would fail once; the pool is emptied instead.
    /// </summary>
    public static bool BrokeConnections(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is PostgresException postgres)
            {
                return postgres.SqlState is "57P01" or "57P02" or "57P03" || postgres.SqlState.StartsWith("08", StringComparison.Ordinal);
            }

            if (e is NpgsqlException)
            {
                return true; // Npgsql's own: the socket broke or could not be opened.
            }
        }

        return false;
    }

    private static DatabaseFailureKind OfSqlite(int code) => code switch
    {
        SqliteReadOnly or SqlitePerm or SqliteFull => DatabaseFailureKind.CannotWrite,
        SqliteCantOpen or SqliteBusy or SqliteLocked or SqliteIoErr => DatabaseFailureKind.CannotRead,
        _ => DatabaseFailureKind.None,
    };

    // PostgreSQL's SQLSTATE classes (postgresql.org/docs/current/errcodes-appendix.html).
    private static DatabaseFailureKind OfPostgres(string state) => state switch
    {
        // read_only_sql_transaction (a standby, or default_transaction_read_only), insufficient_privilege, disk_full.
        "25006" or "42501" or "53100" => DatabaseFailureKind.CannotWrite,
        // admin_shutdown, crash_shutdown, cannot_connect_now, database_dropped, too_many_connections, no such database.
        "57P01" or "57P02" or "57P03" or "57P04" or "53300" or "3D000" => DatabaseFailureKind.CannotRead,
        _ when state.StartsWith("08", StringComparison.Ordinal) => DatabaseFailureKind.CannotRead,
        _ => DatabaseFailureKind.None,
    };
}
