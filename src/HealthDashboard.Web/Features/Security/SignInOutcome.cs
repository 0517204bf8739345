namespace HealthDashboard.Web.Features.Security;

public enum SignInResultKind
{
    SignedIn,
    MustChangePassword,
    WrongPassword,
    LockedOut,
    Disabled,
}

/// <summary>What a sign-in attempt came to; <see cref="LockedUntil"/> is set for a locked account.</summary>
public sealed record SignInOutcome(SignInResultKind Kind, DateTimeOffset? LockedUntil = null);
