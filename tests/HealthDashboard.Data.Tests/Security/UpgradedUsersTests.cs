using HealthDashboard.Data.Schema;
using HealthDashboard.Data.Tests.Schema;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HealthDashboard.Data.Tests.Security;

/// <summary>
/// Users made by a past release's own store are Identity's users after the IdentityStores migration: their password
/// verifies, they can be locked out, and Identity can save them (it needs a concurrency stamp to compare).
/// </summary>
public sealed class UpgradedUsersTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task APastReleasesUserSignsInLocksOutAndSavesThroughIdentity(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await ReleaseFixture.LoadIntoAsync(db);
        await new SchemaMigrator(db.Database).MigrateAsync();
        await using var services = TestUsers.IdentityServices(db.Database);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUserEntity>>();

        var officer = (await users.FindByNameAsync("upgrade.officer"))!;
        Assert.Equal(PasswordVerificationResult.Success,
            users.PasswordHasher.VerifyHashedPassword(officer, officer.PasswordHash!, "Upgrade-officer-2026"));
        Assert.True(officer.LockoutEnabled);
        Assert.NotNull(officer.ConcurrencyStamp);

        for (var attempt = 0; attempt < users.Options.Lockout.MaxFailedAccessAttempts; attempt++)
        {
            Assert.True((await users.AccessFailedAsync(officer)).Succeeded);
        }

        Assert.True(await users.IsLockedOutAsync(officer));
        Assert.True((await TestUsers.FindAsync(db.Database, "upgrade.officer"))!.LockoutEnd > DateTimeOffset.UtcNow);
    }
}
