namespace HealthDashboard.Web.Features.Security;

/// <summary>Why a signed-in browser or wall was let in once and is no longer.</summary>
public enum AccessEndReason
{
    None,
    SessionEnded,
    UserDisabled,
    KioskRevoked,
    KioskExpired,
    KioskUnknown,
}
