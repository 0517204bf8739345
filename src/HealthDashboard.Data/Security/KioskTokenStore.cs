using Dapper;
using HealthDashboard.Data.Db;

namespace HealthDashboard.Data.Security;

/// <summary>The kiosk_token table.</summary>
public sealed class KioskTokenStore(Database database)
{
    private const string Columns =
        "id, name, playlist_code AS PlaylistCode, created_at AS CreatedAt, created_by AS CreatedBy, expires_at AS ExpiresAt, " +
        "revoked_at AS RevokedAt, last_seen_at AS LastSeenAt";

    /// <summary>Stores a new token and returns it with its secret, which is never stored and cannot be shown again.</summary>
    public async Task<(KioskToken Token, string Secret)> CreateAsync(
        string name, string playlistCode, DateTime? expiresAtUtc, string createdBy, CancellationToken cancellationToken = default)
    {
        var secret = SecretHash.NewSecret("hdk");
        var token = new KioskToken
        {
            Id = Guid.NewGuid().ToString("N"), Name = name, PlaylistCode = playlistCode, CreatedAt = DateTime.UtcNow,
            CreatedBy = createdBy, ExpiresAt = expiresAtUtc,
        };
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO kiosk_token (id, name, playlist_code, token_hash, created_at, created_by, expires_at) " +
            "VALUES (@Id, @Name, @PlaylistCode, @hash, @CreatedAt, @CreatedBy, @ExpiresAt)",
            new { token.Id, token.Name, token.PlaylistCode, hash = SecretHash.Of(secret), token.CreatedAt, token.CreatedBy, token.ExpiresAt });
        return (token, secret);
    }

    public async Task<KioskToken?> FindBySecretAsync(string secret, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<KioskToken>(
            $"SELECT {Columns} FROM kiosk_token WHERE token_hash = @hash", new { hash = SecretHash.Of(secret) });
        return row is null ? null : Utc(row);
    }

    public async Task<KioskToken?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<KioskToken>($"SELECT {Columns} FROM kiosk_token WHERE id = @id", new { id });
        return row is null ? null : Utc(row);
    }

    public async Task<IReadOnlyList<KioskToken>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<KioskToken>($"SELECT {Columns} FROM kiosk_token ORDER BY created_at DESC");
        return rows.Select(Utc).ToList();
    }

    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE kiosk_token SET revoked_at = @now WHERE id = @id AND revoked_at IS NULL", new { id, now = DateTime.UtcNow }) > 0;
    }

    public async Task TouchAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("UPDATE kiosk_token SET last_seen_at = @now WHERE id = @id", new { id, now = DateTime.UtcNow });
    }

    private static KioskToken Utc(KioskToken t) => t with
    {
        CreatedAt = DateTime.SpecifyKind(t.CreatedAt, DateTimeKind.Utc),
        ExpiresAt = t.ExpiresAt is { } e ? DateTime.SpecifyKind(e, DateTimeKind.Utc) : null,
        RevokedAt = t.RevokedAt is { } r ? DateTime.SpecifyKind(r, DateTimeKind.Utc) : null,
        LastSeenAt = t.LastSeenAt is { } l ? DateTime.SpecifyKind(l, DateTimeKind.Utc) : null,
    };
}
