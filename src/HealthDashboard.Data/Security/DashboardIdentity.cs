using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthDashboard.Data.Security;

/// <summary>
/// Identity on the app's EF Core model, set up the same way for the web app and the command line: users in app_user
/// through Identity's own EF store, its password hash (PBKDF2, the format every release has written, so old hashes
/// verify and weaker ones are rehashed at the next sign-in), lockout for every account, and no built-in password rule
/// (the app's <see cref="PasswordRules"/> speaks for itself).
/// </summary>
public static class DashboardIdentity
{
    public static IdentityBuilder AddDashboardIdentityCore(this IServiceCollection services)
    {
        services.AddLogging();
        // One context per scope, from the database's pool. Identity's store finds a user, changes it and saves it in
        // one scope, so this context tracks what it reads (the pool's default is not to).
        services.TryAddScoped<DashboardDbContext>(sp =>
        {
            var context = sp.GetRequiredService<Database>().Context();
            context.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
            return context;
        });

        return services.AddIdentityCore<AppUserEntity>(identity =>
            {
                identity.Password.RequiredLength = 1;
                identity.Password.RequiredUniqueChars = 1;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.AllowedForNewUsers = true;
                // The app checks names itself (UserAccounts.IsValidUserName) with a bilingual message.
                identity.User.AllowedUserNameCharacters = "";
            })
            .AddUserStore<UserOnlyStore<AppUserEntity, DashboardDbContext, string>>();
    }

    /// <summary>Whether Identity refused a new user because its name is taken.</summary>
    public static bool IsDuplicateName(IdentityResult result) =>
        result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName));
}
