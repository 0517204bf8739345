using HealthDashboard.Data.Db;
using Npgsql;

namespace HealthDashboard.Data.Tests;

/// <summary>
/// A fresh, empty database for one test: a temp SQLite file, or a new database on the real PostgreSQL server that
/// test.sh starts (its admin connection string is in HD_TEST_POSTGRES). Dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly Func<Task> _cleanup;

    private TestDatabase(Database database, Func<Task> cleanup, string? sqliteFile = null)
    {
        Database = database;
        _cleanup = cleanup;
        SqliteFile = sqliteFile;
    }

    public Database Database { get; }

    /// <summary>The SQLite database's file (not yet made until something opens it), or null on PostgreSQL.</summary>
    public string? SqliteFile { get; }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"hd-test-{Guid.NewGuid():N}.db");
            var sqlite = new Database(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file};Pooling=false" });
            return new TestDatabase(sqlite, () =>
            {
                foreach (var f in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
                {
                    File.Delete(f);
                }

                return Task.CompletedTask;
            }, file);
        }

        var admin = AdminConnectionString();
        var name = $"hd_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var target = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        var postgres = new Database(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = target });
        return new TestDatabase(postgres, async () =>
        {
            await postgres.DisposeAsync();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        });
    }

    public ValueTask DisposeAsync() => new(_cleanup());

    private static string AdminConnectionString() =>
        Environment.GetEnvironmentVariable("HD_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "HD_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts a private PostgreSQL server for them.");
}
