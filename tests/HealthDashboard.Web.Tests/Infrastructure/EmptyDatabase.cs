using HealthDashboard.Data.Db;
using Npgsql;

namespace HealthDashboard.Web.Tests.Infrastructure;

/// <summary>
/// A database with nothing in it, for a first start: a temp SQLite file, or a fresh PostgreSQL database on the test
/// server (HD_TEST_POSTGRES), dropped afterwards.
/// </summary>
public sealed class EmptyDatabase : IAsyncDisposable
{
    private readonly TempSqliteFile? _file;
    private readonly string? _admin;
    private readonly string? _name;

    private EmptyDatabase(DatabaseProvider provider, string connectionString, TempSqliteFile? file, string? admin, string? name)
    {
        Options = new DatabaseOptions { Provider = provider, ConnectionString = connectionString };
        _file = file;
        _admin = admin;
        _name = name;
    }

    public DatabaseOptions Options { get; }

    public string ConnectionString => Options.ConnectionString!;

    /// <summary>The provider as the CLI's <c>--provider</c> names it.</summary>
    public string CliProvider => Options.Provider == DatabaseProvider.Postgres ? "postgres" : "sqlite";

    public static async Task<EmptyDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = new TempSqliteFile();
            return new EmptyDatabase(provider, file.ConnectionString, file, null, null);
        }

        var admin = Environment.GetEnvironmentVariable("HD_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("HD_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts a private PostgreSQL server for them.");
        var name = $"hd_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new EmptyDatabase(provider, new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString, null, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        _file?.Dispose();
        if (_admin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
