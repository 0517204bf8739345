using HealthDashboard.Data.Audit;
using HealthDashboard.Data.Schema;
using HealthDashboard.Data.Security;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HealthDashboard.Data.Tests.Security;

/// <summary>Users, sessions, kiosk tokens, API keys, key-ring elements and the audit search, on SQLite and PostgreSQL.</summary>
public class SecurityStoreTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task AUserRoundTripsThroughIdentityWithItsHashLockoutAndFlagsAndANameIsTakenOnce(string provider)
    {
        await using var db = await ReadyAsync(provider);
        await using var services = TestUsers.IdentityServices(db.Database);
        var account = UserAccounts.New("Can.Bo", "Cán bộ <b>", AppRoles.Officer, "ag_lxu", mustChangePassword: true);
        var until = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        await using (var scope = services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUserEntity>>();
            Assert.True((await users.CreateAsync(account, "Some-pass-2026")).Succeeded);
            var again = await users.CreateAsync(UserAccounts.New("can.bo", "again", AppRoles.Leader, null, false), "Other-pass-2026");
            Assert.True(DashboardIdentity.IsDuplicateName(again));
            account.AccessFailedCount = 3;
            account.LockoutEnd = until;
            account.Disabled = true;
            Assert.True((await users.UpdateAsync(account)).Succeeded);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUserEntity>>();
            var read = (await users.FindByNameAsync("can.bo"))!;
            Assert.Equal(("Can.Bo", "Cán bộ <b>", AppRoles.Officer, "AG_LXU", "CAN.BO"), (read.UserName, read.DisplayName, read.Role, read.UnitCode, read.NormalizedUserName));
            Assert.Equal((true, true, 3, until, true), (read.MustChangePassword, read.Disabled, read.AccessFailedCount, read.LockoutEnd, read.LockoutEnabled));
            Assert.True(await users.IsLockedOutAsync(read));
            Assert.True(await users.CheckPasswordAsync(read, "Some-pass-2026"));
            Assert.Empty(await users.GetClaimsAsync(read));
            Assert.Equal(1, await users.Users.CountAsync());
        }
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task OfTwoEditsOfTheSameUserTheSecondIsRefusedAsAConcurrencyFailure(string provider)
    {
        await using var db = await ReadyAsync(provider);
        await using var services = TestUsers.IdentityServices(db.Database);
        var account = UserAccounts.New("leader", "Lãnh đạo", AppRoles.Leader, null, false);
        await using (var scope = services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<AppUserEntity>>().CreateAsync(account, "Some-pass-2026")).Succeeded);
        }

        await using var first = services.CreateAsyncScope();
        await using var second = services.CreateAsyncScope();
        var firstUsers = first.ServiceProvider.GetRequiredService<UserManager<AppUserEntity>>();
        var secondUsers = second.ServiceProvider.GetRequiredService<UserManager<AppUserEntity>>();
        var firstCopy = (await firstUsers.FindByIdAsync(account.Id))!;
        var secondCopy = (await secondUsers.FindByIdAsync(account.Id))!;
        firstCopy.DisplayName = "First";
        secondCopy.DisplayName = "Second";

        Assert.True((await firstUsers.UpdateAsync(firstCopy)).Succeeded);
        var refused = await secondUsers.UpdateAsync(secondCopy);
        Assert.Equal([nameof(IdentityErrorDescriber.ConcurrencyFailure)], refused.Errors.Select(e => e.Code));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task SessionsOpenAndEndOnePerSignIn(string provider)
    {
        await using var db = await ReadyAsync(provider);
        var account = UserAccounts.New("leader", "Lãnh đạo", AppRoles.Leader, null, false);
        Assert.True((await TestUsers.CreateAsync(db.Database, account, "Some-pass-2026")).Succeeded);

        var sessions = new SessionStore(db.Database);

        var first = await sessions.StartAsync(account.Id, "10.0.0.1", new string('x', 500));
        var second = await sessions.StartAsync(account.Id, null, null);
        Assert.True(await sessions.EndAsync(first.Id));
        Assert.False(await sessions.EndAsync(first.Id));

        Assert.Equal([second.Id], (await sessions.OpenSessionsAsync()).Select(s => s.Id));
        Assert.Equal(300, (await sessions.FindAsync(first.Id))!.UserAgent!.Length);
        Assert.Equal(1, await sessions.EndAllOfAsync(account.Id));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task KioskTokensAndApiKeysAreFoundByTheirSecretOnlyAndRevokeOnce(string provider)
    {
        await using var db = await ReadyAsync(provider);
        var kiosks = new KioskTokenStore(db.Database);
        var keys = new ApiKeyStore(db.Database);
        var expires = new DateTime(2031, 1, 1, 17, 0, 0, DateTimeKind.Utc);

        var (token, kioskSecret) = await kiosks.CreateAsync("Phòng họp", "giao-ban", expires, "admin");
        var (key, keySecret) = await keys.CreateAsync("Nhập liệu", "AG", "admin");

        Assert.Equal((token.Id, "giao-ban", expires), ((await kiosks.FindBySecretAsync(kioskSecret))!.Id, token.PlaylistCode, (await kiosks.FindAsync(token.Id))!.ExpiresAt));
        Assert.Equal(("AG", keySecret[..12]), ((await keys.FindBySecretAsync(keySecret))!.UnitCode, key.Prefix));
        Assert.Null(await kiosks.FindBySecretAsync(kioskSecret + "x"));
        Assert.Null(await keys.FindBySecretAsync(kioskSecret));
        Assert.True(await kiosks.RevokeAsync(token.Id));
        Assert.False(await kiosks.RevokeAsync(token.Id));
        Assert.True(await keys.RevokeAsync(key.Id));
        Assert.True((await kiosks.FindAsync(token.Id))!.IsRevoked);
        Assert.True((await keys.FindBySecretAsync(keySecret))!.IsRevoked);
        Assert.False((await kiosks.FindAsync(token.Id))!.IsValid(DateTime.UtcNow));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task TheAuditSearchMatchesTextAsTypedWildcardsIncluded(string provider)
    {
        await using var db = await ReadyAsync(provider);
        var audit = new AuditStore(db.Database);
        await audit.AppendAsync(new AuditEntry { Actor = "admin", Action = "user-create", Entity = "user", EntityKey = "a_b", NewValue = "100%", Via = "admin" });
        await audit.AppendAsync(new AuditEntry { Actor = "Admin", Action = "kiosk-create", Entity = "kiosk", EntityKey = "axb", NewValue = "100", Via = "admin" });
        await audit.AppendAsync(new AuditEntry { Actor = "apikey:x", Action = "create", Entity = "data_value", EntityKey = "PC_VISITS/AG/202401", Via = "api" });

        Assert.Equal(["a_b"], (await audit.SearchAsync(new AuditQuery { Text = "a_b" })).Select(e => e.EntityKey));
        Assert.Equal(["a_b"], (await audit.SearchAsync(new AuditQuery { Text = "0%" })).Select(e => e.EntityKey));
        Assert.Equal(2, (await audit.SearchAsync(new AuditQuery { Actor = "ADMIN" })).Count);
        Assert.Equal(["kiosk-create"], (await audit.SearchAsync(new AuditQuery { Action = "kiosk-create" })).Select(e => e.Action));
        Assert.Empty(await audit.SearchAsync(new AuditQuery { Text = "' OR 1=1 --" }));
        Assert.Empty(await audit.SearchAsync(new AuditQuery { FromUtc = DateTime.UtcNow.AddMinutes(5) }));
        Assert.Equal(2, (await audit.SearchAsync(new AuditQuery { Limit = 2 })).Count);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task KeyRingElementsStoredThroughEfAreReadByAnotherNode(string provider)
    {
        await using var db = await ReadyAsync(provider);
        await using var services = TestUsers.IdentityServices(db.Database);
        var ring = new EntityFrameworkCoreXmlRepository<DashboardDbContext>(services, NullLoggerFactory.Instance);

        ring.StoreElement(XElement.Parse("<key id=\"1\" />"), "key-1");
        ring.StoreElement(XElement.Parse("<key id=\"2\" />"), "key-2");

        await using var otherNode = TestUsers.IdentityServices(db.Database);
        var read = new EntityFrameworkCoreXmlRepository<DashboardDbContext>(otherNode, NullLoggerFactory.Instance).GetAllElements();
        Assert.Equal(["1", "2"], read.Select(e => e.Attribute("id")!.Value).Order());
    }

    private static async Task<TestDatabase> ReadyAsync(string provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        await new SchemaMigrator(db.Database).MigrateAsync();
        return db;
    }
}
