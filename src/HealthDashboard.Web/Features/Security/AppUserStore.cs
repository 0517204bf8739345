using HealthDashboard.Data.Security;
using Microsoft.AspNetCore.Identity;

namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// Identity's user store on our SQL layer (SQLite or PostgreSQL through <see cref="UserStore"/>): passwords, lockout and
/// security stamps. Roles are one column of the account, turned into claims by <see cref="AppClaimsFactory"/>.
/// </summary>
public sealed class AppUserStore(SecurityStores stores) :
    IUserPasswordStore<AppUser>, IUserLockoutStore<AppUser>, IUserSecurityStampStore<AppUser>
{
    private UserStore Accounts => stores.Users;

    public Task<string> GetUserIdAsync(AppUser user, CancellationToken cancellationToken) => Task.FromResult(user.Id);

    public Task<string?> GetUserNameAsync(AppUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName);

    public Task SetUserNameAsync(AppUser user, string? userName, CancellationToken cancellationToken)
    {
        user.Account = user.Account with { UserName = userName ?? user.UserName };
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedUserNameAsync(AppUser user, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(user.Account.NormalizedUserName);

    public Task SetNormalizedUserNameAsync(AppUser user, string? normalizedName, CancellationToken cancellationToken)
    {
        user.Account = user.Account with { NormalizedUserName = normalizedName ?? user.Account.NormalizedUserName };
        return Task.CompletedTask;
    }

    public async Task<IdentityResult> CreateAsync(AppUser user, CancellationToken cancellationToken) =>
        await Accounts.CreateAsync(user.Account, cancellationToken)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "DuplicateUserName", Description = "The user name is taken." });

    public async Task<IdentityResult> UpdateAsync(AppUser user, CancellationToken cancellationToken)
    {
        await Accounts.UpdateAsync(user.Account, cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(AppUser user, CancellationToken cancellationToken)
    {
        await Accounts.DeleteAsync(user.Id, cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<AppUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        await Accounts.FindByIdAsync(userId, cancellationToken) is { } account ? new AppUser(account) : null;

    public async Task<AppUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        await Accounts.FindByNormalizedNameAsync(normalizedUserName, cancellationToken) is { } account ? new AppUser(account) : null;

    public Task SetPasswordHashAsync(AppUser user, string? passwordHash, CancellationToken cancellationToken)
    {
        user.Account = user.Account with { PasswordHash = passwordHash };
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(AppUser user, CancellationToken cancellationToken) => Task.FromResult(user.Account.PasswordHash);

    public Task<bool> HasPasswordAsync(AppUser user, CancellationToken cancellationToken) => Task.FromResult(user.Account.PasswordHash is not null);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(AppUser user, CancellationToken cancellationToken) => Task.FromResult(user.Account.LockoutEnd);

    public Task SetLockoutEndDateAsync(AppUser user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken)
    {
        user.Account = user.Account with { LockoutEnd = lockoutEnd };
        return Task.CompletedTask;
    }

    public Task<int> IncrementAccessFailedCountAsync(AppUser user, CancellationToken cancellationToken)
    {
        user.Account = user.Account with { AccessFailedCount = user.Account.AccessFailedCount + 1 };
        return Task.FromResult(user.Account.AccessFailedCount);
    }

    public Task ResetAccessFailedCountAsync(AppUser user, CancellationToken cancellationToken)
    {
        user.Account = user.Account with { AccessFailedCount = 0 };
        return Task.CompletedTask;
    }

    public Task<int> GetAccessFailedCountAsync(AppUser user, CancellationToken cancellationToken) => Task.FromResult(user.Account.AccessFailedCount);

    // Every account can be locked out: there is no account the lockout would leave open to guessing.
    public Task<bool> GetLockoutEnabledAsync(AppUser user, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task SetLockoutEnabledAsync(AppUser user, bool enabled, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SetSecurityStampAsync(AppUser user, string stamp, CancellationToken cancellationToken)
    {
        user.Account = user.Account with { SecurityStamp = stamp };
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(AppUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Account.SecurityStamp);

    public void Dispose()
    {
    }
}
