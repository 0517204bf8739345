using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using HealthDashboard.Data.Schema;

namespace HealthDashboard.Data.Db;

/// <summary>Opens connections to the configured engine, set up the same way every time.</summary>
public sealed class Database : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _postgres;
    private readonly Func<DashboardDbContext> _contexts;

    public Database(DatabaseOptions options)
    {
        Options = options;
        ConnectionString = options.EffectiveConnectionString;
        if (options.Provider == DatabaseProvider.Postgres)
        {
            _postgres = NpgsqlDataSource.Create(ConnectionString);
        }
        else
        {
            EnsureSqliteFolder(ConnectionString);
        }

        _contexts = DashboardContexts.Pool(Provider, ConnectionString, _postgres);
    }

    public DatabaseOptions Options { get; }
    public string ConnectionString { get; }
    public DatabaseProvider Provider => Options.Provider;
    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }

        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        // WAL lets readers (dashboards) go on while a writer (import, seed) works; busy_timeout makes a second
        // writer wait for the lock instead of failing at once.
        await using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = SqlitePragmas.Sql;
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
        }

        return connection;
    }

    /// <summary>
    /// A context from the pool for one unit of work; it opens its connection when it first needs one. Dispose it (it
    /// goes back to the pool). Queries are not tracked unless asked for with AsTracking.
    /// </summary>
    public DashboardDbContext Context() => _contexts();

    /// <summary>
    /// Reads and writes without changing anything (a write of no row, rolled back): throws what a person's request would
    /// meet while the database is stopped, read-only or refuses this user's writes.
    /// </summary>
    public async Task ProbeAsync(CancellationToken cancellationToken = default)
    {
        await using var context = Context();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await context.AppState.Where(s => s.Key == "~probe").ExecuteUpdateAsync(s => s.SetProperty(a => a.Value, a => a.Value), cancellationToken);
        await transaction.RollbackAsync(cancellationToken);
    }

    /// <summary>
    /// Closes every idle pooled PostgreSQL connection: after the server restarted they are all dead, and Npgsql hands
    /// them out untested, each failing the request that draws it (DatabaseFailure.BrokeConnections).
    /// </summary>
    public void ClearPool() => _postgres?.Clear();

    public ValueTask DisposeAsync() => _postgres?.DisposeAsync() ?? ValueTask.CompletedTask;

    /// <summary>A human-readable description with no password, for logs.</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            return $"SQLite {new SqliteConnectionStringBuilder(ConnectionString).DataSource}";
        }

        var pg = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL {pg.Host}:{pg.Port}/{pg.Database}";
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(file) && file != ":memory:" && folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
    }
}
