namespace HealthDashboard.Data.Security;

/// <summary>A wall PC's right to show one playlist; only the hash of its secret is kept.</summary>
public sealed record KioskToken
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string PlaylistCode { get; init; } = "";
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTime? ExpiresAt { get; init; }
    public DateTime? RevokedAt { get; init; }
    public DateTime? LastSeenAt { get; init; }

    public bool IsRevoked => RevokedAt is not null;

    public bool IsExpired(DateTime utcNow) => ExpiresAt is { } expires && expires <= utcNow;

    public bool IsValid(DateTime utcNow) => !IsRevoked && !IsExpired(utcNow);
}
