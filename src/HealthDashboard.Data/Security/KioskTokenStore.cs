using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Security;

/// <summary>The kiosk_token table.</summary>
public sealed class KioskTokenStore(Database database)
{
    /// <summary>Stores a new token and returns it with its secret, which is never stored and cannot be shown again.</summary>
    public async Task<(KioskToken Token, string Secret)> CreateAsync(
        string name, string playlistCode, DateTime? expiresAtUtc, string createdBy, CancellationToken cancellationToken = default)
    {
        var secret = SecretHash.NewSecret("hdk");
        var row = new KioskTokenEntity
        {
            Id = Guid.NewGuid().ToString("N"), Name = name, PlaylistCode = playlistCode, TokenHash = SecretHash.Of(secret),
            CreatedAt = DateTime.UtcNow, CreatedBy = createdBy, ExpiresAt = expiresAtUtc,
        };
        await using var context = database.Context();
        context.KioskTokens.Add(row);
        await context.SaveChangesAsync(cancellationToken);
        return (ToToken(row), secret);
    }

    public async Task<KioskToken?> FindBySecretAsync(string secret, CancellationToken cancellationToken = default)
    {
        var hash = SecretHash.Of(secret);
        await using var context = database.Context();
        var row = await context.KioskTokens.FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        return row is null ? null : ToToken(row);
    }

    public async Task<KioskToken?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var row = await context.KioskTokens.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        return row is null ? null : ToToken(row);
    }

    public async Task<IReadOnlyList<KioskToken>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var rows = await context.KioskTokens.OrderByDescending(t => t.CreatedAt).ToListAsync(cancellationToken);
        return rows.Select(ToToken).ToList();
    }

    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        await using var context = database.Context();
        return await context.KioskTokens.Where(t => t.Id == id && t.RevokedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, now), cancellationToken) > 0;
    }

    public async Task TouchAsync(string id, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        await using var context = database.Context();
        await context.KioskTokens.Where(t => t.Id == id).ExecuteUpdateAsync(t => t.SetProperty(x => x.LastSeenAt, now), cancellationToken);
    }

    private static KioskToken ToToken(KioskTokenEntity t) => new()
    {
        Id = t.Id, Name = t.Name, PlaylistCode = t.PlaylistCode, CreatedAt = t.CreatedAt, CreatedBy = t.CreatedBy,
        ExpiresAt = t.ExpiresAt, RevokedAt = t.RevokedAt, LastSeenAt = t.LastSeenAt,
    };
}
