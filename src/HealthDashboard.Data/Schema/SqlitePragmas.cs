using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HealthDashboard.Data.Schema;

/// <summary>
/// Sets on every SQLite connection a context opens what <see cref="Db.Database.OpenAsync"/> sets on its own: WAL lets
/// readers (dashboards) go on while a writer (import, seed) works, busy_timeout makes a second writer wait for the lock
/// instead of failing at once, and foreign keys are per connection in SQLite.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const string Sql = "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000; PRAGMA synchronous=NORMAL;";

    public static readonly SqlitePragmas Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
