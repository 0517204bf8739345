using System.Security.Claims;
using HealthDashboard.Data.Schema;
using HealthDashboard.Data.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// Signing people in and out and changing their password, through Identity (hash check, lockout counting) with a
/// session row per sign-in and an audit row for every attempt.
/// </summary>
/// <remarks>
/// Identity's services are taken from the request's scope when first used, not when the page is made: they need the
/// database's context, and the sign-in page must still render (and say what is wrong) while the database cannot even
/// be set up, e.g. PostgreSQL without a connection string.
/// </remarks>
public sealed class SignInService(IServiceProvider services, SecurityStores stores, AccessCheck access, AuditTrail audit)
{
    private UserManager<AppUserEntity> Users => services.GetRequiredService<UserManager<AppUserEntity>>();

    private SignInManager<AppUserEntity> SignIns => services.GetRequiredService<SignInManager<AppUserEntity>>();

    private IUserClaimsPrincipalFactory<AppUserEntity> Principals => services.GetRequiredService<IUserClaimsPrincipalFactory<AppUserEntity>>();

    private SessionStore Sessions => stores.Sessions;

    public async Task<SignInOutcome> SignInAsync(HttpContext http, string userName, string password)
    {
        var name = userName.Trim();
        // Whatever was typed is recorded as text, cut short: the audit log must not become a place to store pasted pages.
        var shownName = name.Length > 64 ? name[..64] : name;
        var user = await Users.FindByNameAsync(name);
        if (user is null)
        {
            await audit.RecordAsync(shownName, AuditActions.SignInFailed, "user", shownName, null, "unknown user", "web");
            return new SignInOutcome(SignInResultKind.WrongPassword);
        }

        var accountName = user.UserName!;
        if (user.Disabled)
        {
            await audit.RecordAsync(accountName, AuditActions.SignInFailed, "user", accountName, null, "disabled", "web");
            return new SignInOutcome(SignInResultKind.Disabled);
        }

        var wasLocked = await Users.IsLockedOutAsync(user);
        var result = await SignIns.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            var until = await Users.GetLockoutEndDateAsync(user);
            await audit.RecordAsync(accountName, wasLocked ? AuditActions.SignInFailed : AuditActions.LockedOut, "user", accountName,
                null, $"locked until {until:O}", "web");
            return new SignInOutcome(SignInResultKind.LockedOut, until);
        }

        if (!result.Succeeded)
        {
            await audit.RecordAsync(accountName, AuditActions.SignInFailed, "user", accountName, null,
                $"wrong password ({await Users.GetAccessFailedCountAsync(user)} in a row)", "web");
            return new SignInOutcome(SignInResultKind.WrongPassword);
        }

        var session = await Sessions.StartAsync(user.Id, http.Connection.RemoteIpAddress?.ToString(), http.Request.Headers.UserAgent.ToString());
        await SignInCookieAsync(http, user, session.Id);
        await audit.RecordAsync(accountName, AuditActions.SignIn, "user", accountName, null, "session " + session.Id[..8], "web");
        return new SignInOutcome(user.MustChangePassword ? SignInResultKind.MustChangePassword : SignInResultKind.SignedIn);
    }

    public async Task SignOutAsync(HttpContext http)
    {
        if (http.User.FindFirst(AppClaims.Session)?.Value is { } sessionId)
        {
            await Sessions.EndAsync(sessionId);
            access.Forget();
        }

        if (http.User.IsPerson())
        {
            await audit.RecordAsync(http.User, AuditActions.SignOut, "user", http.User.AuditName(), via: "web");
        }

        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>Problems in the page's language, or none when the password was changed (and the sign-in renewed).</summary>
    public async Task<IReadOnlyList<string>> ChangePasswordAsync(HttpContext http, string currentPassword, string newPassword)
    {
        var user = await Users.GetUserAsync(http.User);
        if (user is null)
        {
            return [Localization.Bilingual.Pick("Không tìm thấy tài khoản; hãy đăng nhập lại.", "The account was not found; please sign in again.")];
        }

        if (currentPassword == newPassword)
        {
            return [Localization.Bilingual.Pick("Mật khẩu mới phải khác mật khẩu hiện tại.", "The new password must differ from the current one.")];
        }

        // Saved with the new password in one write, or not at all.
        var mustChange = user.MustChangePassword;
        user.MustChangePassword = false;
        var result = await Users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            user.MustChangePassword = mustChange;
            return result.Errors.Select(e => e.Code == "PasswordMismatch"
                ? Localization.Bilingual.Pick("Mật khẩu hiện tại không đúng.", "The current password is wrong.")
                : e.Description).ToList();
        }

        await audit.RecordAsync(user.UserName!, AuditActions.PasswordChanged, "user", user.UserName!, via: "web");
        var sessionId = http.User.FindFirst(AppClaims.Session)?.Value ?? (await Sessions.StartAsync(user.Id, null, null)).Id;
        await SignInCookieAsync(http, user, sessionId);
        return [];
    }

    private async Task SignInCookieAsync(HttpContext http, AppUserEntity user, string sessionId)
    {
        var principal = await Principals.CreateAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(AppClaims.Session, sessionId));
        await http.SignInAsync(IdentityConstants.ApplicationScheme, principal, new AuthenticationProperties { IsPersistent = false });
    }
}
