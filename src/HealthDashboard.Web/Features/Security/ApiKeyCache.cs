using System.Collections.Concurrent;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Security;

namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// API keys by hash for a few seconds: a machine import may send thousands of requests a minute, and a revocation
/// still takes effect within <see cref="Lifetime"/> on every node (at once on the node that revoked it).
/// </summary>
public sealed class ApiKeyCache(SecurityStores stores, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<string, (ApiKey? Key, DateTimeOffset At)> _byHash = new();

    public async Task<ApiKey?> FindAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = SecretHash.Of(secret);
        var now = clock.GetUtcNow();
        if (_byHash.TryGetValue(hash, out var cached) && now - cached.At < Lifetime)
        {
            return cached.Key;
        }

        var key = await stores.ApiKeys.FindBySecretAsync(secret, cancellationToken);
        if (key is not null && (cached.Key is null || now - (key.LastUsedAt ?? DateTime.MinValue) > TimeSpan.FromMinutes(1)))
        {
            try
            {
                await stores.ApiKeys.TouchAsync(key.Id, cancellationToken);
            }
            catch (Exception error) when (DatabaseFailure.Classify(error) == DatabaseFailureKind.CannotWrite)
            {
                // "Last used" is bookkeeping: a read-only database still answers reads, and a write says why it cannot.
            }
        }

        // Bounded: unknown keys are not remembered, so guessing cannot fill the memory.
        if (key is not null)
        {
            _byHash[hash] = (key, now);
        }

        return key;
    }

    public void Forget() => _byHash.Clear();
}
