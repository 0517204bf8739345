using HealthDashboard.Data.Schema;
using Microsoft.AspNetCore.Identity;

namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// Identity's UserManager in a scope of its own for each piece of work. Admin pages live as long as their circuit and
/// the access check as long as the app: a context kept that long would answer from what it read minutes ago, and
/// Identity's store keeps what it reads.
/// </summary>
public sealed class IdentityScopes(IServiceScopeFactory scopes)
{
    public async Task<T> UseUsersAsync<T>(Func<UserManager<AppUserEntity>, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UserManager<AppUserEntity>>());
    }
}
