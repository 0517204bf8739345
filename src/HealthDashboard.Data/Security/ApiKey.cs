namespace HealthDashboard.Data.Security;

/// <summary>A machine's key for the API, limited to one unit's subtree; only the hash of the key is kept.</summary>
public sealed record ApiKey
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string Prefix { get; init; } = "";
    public string UnitCode { get; init; } = "";
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTime? RevokedAt { get; init; }
    public DateTime? LastUsedAt { get; init; }

    public bool IsRevoked => RevokedAt is not null;
}
