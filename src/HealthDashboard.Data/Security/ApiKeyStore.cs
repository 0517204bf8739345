using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Security;

/// <summary>The api_key table.</summary>
public sealed class ApiKeyStore(Database database)
{
    /// <summary>Stores a new key and returns it with its secret, which is never stored and cannot be shown again.</summary>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(string name, string unitCode, string createdBy, CancellationToken cancellationToken = default)
    {
        var secret = SecretHash.NewSecret("hdapi");
        // The prefix lets an admin tell keys apart in lists and logs without the secret.
        var row = new ApiKeyEntity
        {
            Id = Guid.NewGuid().ToString("N"), Name = name, Prefix = secret[..12], KeyHash = SecretHash.Of(secret), UnitCode = unitCode,
            CreatedAt = DateTime.UtcNow, CreatedBy = createdBy,
        };
        await using var context = database.Context();
        context.ApiKeys.Add(row);
        await context.SaveChangesAsync(cancellationToken);
        return (ToKey(row), secret);
    }

    public async Task<ApiKey?> FindBySecretAsync(string secret, CancellationToken cancellationToken = default)
    {
        var hash = SecretHash.Of(secret);
        await using var context = database.Context();
        var row = await context.ApiKeys.FirstOrDefaultAsync(k => k.KeyHash == hash, cancellationToken);
        return row is null ? null : ToKey(row);
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var rows = await context.ApiKeys.OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
        return rows.Select(ToKey).ToList();
    }

    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        await using var context = database.Context();
        return await context.ApiKeys.Where(k => k.Id == id && k.RevokedAt == null)
            .ExecuteUpdateAsync(k => k.SetProperty(x => x.RevokedAt, now), cancellationToken) > 0;
    }

    public async Task TouchAsync(string id, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        await using var context = database.Context();
        await context.ApiKeys.Where(k => k.Id == id).ExecuteUpdateAsync(k => k.SetProperty(x => x.LastUsedAt, now), cancellationToken);
    }

    private static ApiKey ToKey(ApiKeyEntity k) => new()
    {
        Id = k.Id, Name = k.Name, Prefix = k.Prefix, UnitCode = k.UnitCode, CreatedAt = k.CreatedAt, CreatedBy = k.CreatedBy,
        RevokedAt = k.RevokedAt, LastUsedAt = k.LastUsedAt,
    };
}
