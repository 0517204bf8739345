using HealthDashboard.Data.Security;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// The first admin, made once, when the database has no user. There is no default password: it comes from
/// <c>Auth:InitialAdmin:Password</c> (or <c>Auth__InitialAdmin__Password</c>), or is random, printed once to the log
/// and must be changed at the first sign-in.
/// </summary>
public sealed partial class InitialAdmin(SecurityStores stores, AuditTrail audit, IOptions<SecurityOptions> options, ILogger<InitialAdmin> logger)
{
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var users = stores.Users;
        if (await users.CountAsync(cancellationToken) > 0)
        {
            return;
        }

        var settings = options.Value.InitialAdmin;
        var userName = UserAccounts.IsValidUserName(settings.UserName) ? settings.UserName.Trim() : "admin";
        var password = settings.Password;
        var given = !string.IsNullOrEmpty(password);
        if (given && PasswordRules.Problems(userName, password) is { Count: > 0 } problems)
        {
            LogWeakPassword(string.Join(" ", problems.Select(p => p.English)));
            given = false;
        }

        if (!given)
        {
            password = UserAccounts.RandomPassword();
        }

        var account = UserAccounts.New(userName, "Quản trị viên", AppRoles.Admin, null, password!, mustChangePassword: !given);
        if (!await users.CreateAsync(account, cancellationToken))
        {
            return; // Another node made it first.
        }

        await audit.RecordAsync("system", AuditActions.UserCreated, "user", userName, null, AppRoles.Admin, "start");
        if (given)
        {
            LogCreatedFromSettings(userName);
        }
        else
        {
            LogCreatedWithOneTimePassword(userName, password!);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "First start: created the admin user '{UserName}' with the one-time password {Password} — sign in at /account/login and choose a new one (it is asked for at once). This password is not shown again.")]
    private partial void LogCreatedWithOneTimePassword(string userName, string password);

    [LoggerMessage(Level = LogLevel.Warning, Message = "First start: created the admin user '{UserName}' with the password from Auth:InitialAdmin:Password.")]
    private partial void LogCreatedFromSettings(string userName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Auth:InitialAdmin:Password is not used: {Problems} A one-time password is generated instead.")]
    private partial void LogWeakPassword(string problems);
}
