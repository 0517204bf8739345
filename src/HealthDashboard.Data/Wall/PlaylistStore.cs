using System.Text.Json;
using System.Text.Json.Serialization;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using HealthDashboard.Domain.Wall;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Wall;

/// <summary>The wall_playlist table. Slides are stored as a JSON array with the kinds as lower-case names.</summary>
public sealed class PlaylistStore(Database database)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public async Task<IReadOnlyList<WallPlaylist>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var rows = await context.WallPlaylists.OrderBy(p => p.Name).ThenBy(p => p.Code).ToListAsync(cancellationToken);
        return rows.Select(ToPlaylist).ToList();
    }

    public async Task<WallPlaylist?> FindAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var row = await context.WallPlaylists.SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        return row is null ? null : ToPlaylist(row);
    }

    /// <summary>Inserts the playlist or replaces the one with its code.</summary>
    public async Task SaveAsync(WallPlaylist playlist, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var slides = JsonSerializer.Serialize(playlist.Slides, Json);
        var at = DateTime.UtcNow;
        // An upsert in SQL: two admins saving the same playlist at once must both succeed (last one wins), which a
        // read-then-insert through the change tracker cannot promise.
        await context.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO wall_playlist (code, name, seconds_per_slide, slides, updated_at)
             VALUES ({playlist.Code}, {playlist.Name}, {playlist.SecondsPerSlide}, {slides}, {at})
             ON CONFLICT (code) DO UPDATE SET name = excluded.name, seconds_per_slide = excluded.seconds_per_slide,
             slides = excluded.slides, updated_at = excluded.updated_at
             """, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        return await context.WallPlaylists.Where(p => p.Code == code).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        return await context.WallPlaylists.CountAsync(cancellationToken);
    }

    private static WallPlaylist ToPlaylist(WallPlaylistEntity row) =>
        new(row.Code, row.Name, row.SecondsPerSlide, JsonSerializer.Deserialize<List<WallSlide>>(row.Slides, Json) ?? []);
}
