using Dapper;

namespace HealthDashboard.Data.Db;

/// <summary>Reads and writes the app_state table: facts about the database itself.</summary>
public sealed class AppStateStore(Database database)
{
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string>("SELECT value FROM app_state WHERE key = @key", new { key });
    }

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO app_state (key, value, updated_at) VALUES (@key, @value, @at) " +
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            new { key, value, at = DateTime.UtcNow });
    }
}
