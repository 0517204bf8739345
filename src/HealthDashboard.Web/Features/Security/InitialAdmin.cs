using HealthDashboard.Data.Schema;
using HealthDashboard.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// The first admin, made once, when the database has no user. There is no default password: it comes from
/// <c>Auth:InitialAdmin:Password</c> (or <c>Auth__InitialAdmin__Password</c>), or is random, printed once to the log
/// and must be changed at the first sign-in.
/// </summary>
public sealed partial class InitialAdmin(IdentityScopes identity, AuditTrail audit, IOptions<SecurityOptions> options, ILogger<InitialAdmin> logger)
{
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (await identity.UseUsersAsync(users => users.Users.AnyAsync(cancellationToken)))
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

        var account = UserAccounts.New(userName, "Quản trị viên", AppRoles.Admin, null, mustChangePassword: !given);
        if (!await identity.UseUsersAsync(users => CreateAsync(users, account, password!)))
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

    /// <summary>False when the name is taken: Identity saw it, or the unique key did when two nodes start at once.</summary>
    private static async Task<bool> CreateAsync(UserManager<AppUserEntity> users, AppUserEntity account, string password)
    {
        try
        {
            var result = await users.CreateAsync(account, password);
            if (!result.Succeeded && !DashboardIdentity.IsDuplicateName(result))
            {
                throw new InvalidOperationException("The first admin could not be created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            return result.Succeeded;
        }
        catch (DbUpdateException)
        {
            if (!await users.Users.AsNoTracking().AnyAsync(u => u.NormalizedUserName == account.NormalizedUserName))
            {
                throw;
            }

            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "First start: created the admin user '{UserName}' with the one-time password {Password} — sign in at /account/login and choose a new one (it is asked for at once). This password is not shown again.")]
    private partial void LogCreatedWithOneTimePassword(string userName, string password);

    [LoggerMessage(Level = LogLevel.Warning, Message = "First start: created the admin user '{UserName}' with the password from Auth:InitialAdmin:Password.")]
    private partial void LogCreatedFromSettings(string userName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Auth:InitialAdmin:Password is not used: {Problems} A one-time password is generated instead.")]
    private partial void LogWeakPassword(string problems);
}
