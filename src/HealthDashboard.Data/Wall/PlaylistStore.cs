using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using HealthDashboard.Data.Db;
using HealthDashboard.Domain.Wall;

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
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(
            "SELECT code, name, seconds_per_slide AS SecondsPerSlide, slides FROM wall_playlist ORDER BY name, code");
        return rows.Select(r => r.ToPlaylist()).ToList();
    }

    public async Task<WallPlaylist?> FindAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(
            "SELECT code, name, seconds_per_slide AS SecondsPerSlide, slides FROM wall_playlist WHERE code = @code", new { code });
        return row?.ToPlaylist();
    }

    /// <summary>Inserts the playlist or replaces the one with its code.</summary>
    public async Task SaveAsync(WallPlaylist playlist, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO wall_playlist (code, name, seconds_per_slide, slides, updated_at) VALUES (@Code, @Name, @SecondsPerSlide, @slides, @at) " +
            "ON CONFLICT (code) DO UPDATE SET name = excluded.name, seconds_per_slide = excluded.seconds_per_slide, " +
            "slides = excluded.slides, updated_at = excluded.updated_at",
            new { playlist.Code, playlist.Name, playlist.SecondsPerSlide, slides = JsonSerializer.Serialize(playlist.Slides, Json), at = DateTime.UtcNow });
    }

    public async Task<bool> DeleteAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM wall_playlist WHERE code = @code", new { code }) > 0;
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM wall_playlist");
    }

    // Properties, not a positional record: SQLite reads the seconds as a 64-bit integer and PostgreSQL as a 32-bit one,
    // and Dapper converts between them only for properties (a constructor must match exactly, so PostgreSQL failed).
    private sealed class Row
    {
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public long SecondsPerSlide { get; init; }
        public string Slides { get; init; } = "";

        public WallPlaylist ToPlaylist() =>
            new(Code, Name, (int)SecondsPerSlide, JsonSerializer.Deserialize<List<WallSlide>>(Slides, Json) ?? []);
    }
}
