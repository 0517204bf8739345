namespace HealthDashboard.Data.Security;

/// <summary>One sign-in of a user: open until it is signed out, ended by an admin, or the user is disabled.</summary>
public sealed record UserSession
{
    public string Id { get; init; } = "";
    public string UserId { get; init; } = "";
    public DateTime CreatedAt { get; init; }
    public DateTime LastSeenAt { get; init; }
    public string? RemoteAddress { get; init; }
    public string? UserAgent { get; init; }
    public DateTime? EndedAt { get; init; }

    public bool IsOpen => EndedAt is null;
}
