namespace HealthDashboard.Data.Security;

/// <summary>A person who signs in: their role, the unit subtree an officer may write to, and Identity's bookkeeping.</summary>
public sealed record UserAccount
{
    public required string Id { get; init; }
    public required string UserName { get; init; }
    public required string NormalizedUserName { get; init; }
    public required string DisplayName { get; init; }
    public string? PasswordHash { get; init; }
    public required string SecurityStamp { get; init; }
    public required string Role { get; init; }
    public string? UnitCode { get; init; }
    public bool MustChangePassword { get; init; }
    public bool Disabled { get; init; }
    public int AccessFailedCount { get; init; }
    public DateTimeOffset? LockoutEnd { get; init; }
    public DateTime CreatedAt { get; init; }
}
