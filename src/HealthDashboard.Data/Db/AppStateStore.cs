using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Db;

/// <summary>Reads and writes the app_state table: facts about the database itself.</summary>
public sealed class AppStateStore(Database database)
{
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        return await context.AppState.Where(s => s.Key == key).Select(s => s.Value).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        // An upsert in SQL: two nodes setting the same key at once must both succeed (last one wins), which a
        // read-then-insert through the change tracker cannot promise.
        var at = DateTime.UtcNow;
        await context.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO app_state (key, value, updated_at) VALUES ({key}, {value}, {at})
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
             """, cancellationToken);
    }
}
