namespace HealthDashboard.Web.Features.Security;

/// <summary>The "Auth" configuration section.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Auth";

    /// <summary>The first admin, made at first start when there is no user yet. Without a password a random one is printed once to the log.</summary>
    public InitialAdminOptions InitialAdmin { get; set; } = new();

    /// <summary>Wrong passwords in a row before the account is locked.</summary>
    public int LockoutAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in attempts a minute from one address (the lockout protects accounts; this protects the server).</summary>
    public int SignInPerMinute { get; set; } = 20;

    /// <summary>API requests a minute per key (or per address without one).</summary>
    public int ApiPerMinute { get; set; } = 1200;

    /// <summary>How often an open page checks that its session, user or kiosk token is still good.</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a signed-in browser stays signed in without coming back.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);
}

public sealed class InitialAdminOptions
{
    public string UserName { get; set; } = "admin";

    public string? Password { get; set; }
}
