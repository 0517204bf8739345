using System.Security.Claims;
using HealthDashboard.Data.Security;

namespace HealthDashboard.Web.Features.Security;

/// <summary>What a request's user is, in the app's terms.</summary>
public static class PrincipalExtensions
{
    public static bool IsPerson(this ClaimsPrincipal user) =>
        user.IsInRole(AppRoles.Admin) || user.IsInRole(AppRoles.Leader) || user.IsInRole(AppRoles.Officer);

    public static bool IsKiosk(this ClaimsPrincipal user) => user.IsInRole(AppRoles.Kiosk);

    public static bool IsApiKey(this ClaimsPrincipal user) => user.FindFirst(AppClaims.ApiKey) is not null;

    public static bool MustChangePassword(this ClaimsPrincipal user) => user.FindFirst(AppClaims.MustChangePassword) is not null;

    public static string? ScopeUnit(this ClaimsPrincipal user) => user.FindFirst(AppClaims.Unit)?.Value;

    public static string? KioskPlaylist(this ClaimsPrincipal user) => user.FindFirst(AppClaims.Playlist)?.Value;

    /// <summary>A component's reader from its cascading authentication state; null where none cascades (a bUnit test).</summary>
    public static async Task<ClaimsPrincipal?> UserOrNullAsync(this Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState>? state) =>
        state is null ? null : (await state).User;

    /// <summary>Who the audit log names: the user name, "apikey:name" or "kiosk:name".</summary>
    public static string AuditName(this ClaimsPrincipal user) => user.Identity?.Name is { Length: > 0 } name ? name : "anonymous";
}
