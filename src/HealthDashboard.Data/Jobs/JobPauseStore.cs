using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Jobs;

/// <summary>
/// Which jobs an admin paused, as app_state rows ("job.paused.recompute" = "true"): Hangfire has no pause of its own,
/// so a paused job keeps its schedule and the server skips its occurrences. In the app's database, so every node and
/// every restart agree.
/// </summary>
public sealed class JobPauseStore(Database database)
{
    private const string Prefix = "job.paused.";

    public async Task<IReadOnlySet<string>> PausedAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var keys = await context.AppState
            .Where(s => s.Key.StartsWith(Prefix) && s.Value == "true")
            .Select(s => s.Key)
            .ToListAsync(cancellationToken);
        return keys.Select(k => k[Prefix.Length..]).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<bool> IsPausedAsync(string jobKey, CancellationToken cancellationToken = default)
    {
        var key = Prefix + jobKey;
        await using var context = database.Context();
        return await context.AppState.AnyAsync(s => s.Key == key && s.Value == "true", cancellationToken);
    }

    public async Task SetPausedAsync(string jobKey, bool paused, CancellationToken cancellationToken = default)
    {
        var key = Prefix + jobKey;
        var value = paused ? "true" : "false";
        var at = DateTime.UtcNow;
        await using var context = database.Context();
        var updated = await context.AppState
            .Where(s => s.Key == key)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Value, value).SetProperty(s => s.UpdatedAt, at), cancellationToken);
        if (updated > 0)
        {
            return;
        }

        context.AppState.Add(new AppStateEntity { Key = key, Value = value, UpdatedAt = at });
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node wrote the row between our update and our insert: write over it.
            context.ChangeTracker.Clear();
            await context.AppState
                .Where(s => s.Key == key)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.Value, value).SetProperty(s => s.UpdatedAt, at), cancellationToken);
        }
    }
}
