using Dapper;
using HealthDashboard.Data.Db;

namespace HealthDashboard.Data.Security;

/// <summary>The api_key table.</summary>
public sealed class ApiKeyStore(Database database)
{
    private const string Columns =
        "id, name, prefix, unit_code AS UnitCode, created_at AS CreatedAt, created_by AS CreatedBy, revoked_at AS RevokedAt, last_used_at AS LastUsedAt";

    /// <summary>Stores a new key and returns it with its secret, which is never stored and cannot be shown again.</summary>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(string name, string unitCode, string createdBy, CancellationToken cancellationToken = default)
    {
        var secret = SecretHash.NewSecret("hdapi");
        // The prefix lets an admin tell keys apart in lists and logs without the secret.
        var key = new ApiKey
        {
            Id = Guid.NewGuid().ToString("N"), Name = name, Prefix = secret[..12], UnitCode = unitCode,
            CreatedAt = DateTime.UtcNow, CreatedBy = createdBy,
        };
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO api_key (id, name, prefix, key_hash, unit_code, created_at, created_by) " +
            "VALUES (@Id, @Name, @Prefix, @hash, @UnitCode, @CreatedAt, @CreatedBy)",
            new { key.Id, key.Name, key.Prefix, hash = SecretHash.Of(secret), key.UnitCode, key.CreatedAt, key.CreatedBy });
        return (key, secret);
    }

    public async Task<ApiKey?> FindBySecretAsync(string secret, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ApiKey>(
            $"SELECT {Columns} FROM api_key WHERE key_hash = @hash", new { hash = SecretHash.Of(secret) });
        return row is null ? null : Utc(row);
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ApiKey>($"SELECT {Columns} FROM api_key ORDER BY created_at DESC");
        return rows.Select(Utc).ToList();
    }

    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE api_key SET revoked_at = @now WHERE id = @id AND revoked_at IS NULL", new { id, now = DateTime.UtcNow }) > 0;
    }

    public async Task TouchAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("UPDATE api_key SET last_used_at = @now WHERE id = @id", new { id, now = DateTime.UtcNow });
    }

    private static ApiKey Utc(ApiKey k) => k with
    {
        CreatedAt = DateTime.SpecifyKind(k.CreatedAt, DateTimeKind.Utc),
        RevokedAt = k.RevokedAt is { } r ? DateTime.SpecifyKind(r, DateTimeKind.Utc) : null,
        LastUsedAt = k.LastUsedAt is { } l ? DateTime.SpecifyKind(l, DateTimeKind.Utc) : null,
    };
}
