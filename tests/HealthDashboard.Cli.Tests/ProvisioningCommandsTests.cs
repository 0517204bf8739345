using System.Text.Json;
using HealthDashboard.Data.Security;
using HealthDashboard.Data.Schema;
using HealthDashboard.Data.Tests;
using HealthDashboard.Data.Tests.Security;
using HealthDashboard.Data.Wall;
using HealthDashboard.Domain.Wall;
using Microsoft.AspNetCore.Identity;
using static HealthDashboard.Cli.Tests.CliRunner;

namespace HealthDashboard.Cli.Tests;

/// <summary>users create, apikeys create and kiosks create: what they store, what they print once, and what they refuse.</summary>
public class ProvisioningCommandsTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task UsersApiKeysAndKiosksAreMadeWithSecretsPrintedOnceAndOnlyTheirHashesStored(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var args = DbArgs(provider, db);
        Assert.Equal(0, (await RunAsync(["generate", "--communes", "2", "--years", "1", .. args])).Code);
        await new PlaylistStore(db.Database).SaveAsync(new WallPlaylist("tuong", "Tường", 20, [new WallSlide(WallSlideKind.Kpi, "SYN")]));

        var user = await RunAsync(["users", "create", "--name", "can.bo", "--role", "officer", "--unit", "syn", "--password-stdin", .. args], "Typed-pass-2026\n");
        var key = await RunAsync(["apikeys", "create", "--name", "Nhập liệu", "--unit", "SYN", .. args]);
        var kiosk = await RunAsync(["kiosks", "create", "--playlist", "tuong", "--expires", "2031-12-31", "--url", "https://hd.example", .. args]);

        Assert.True((user.Code, key.Code, kiosk.Code) == (0, 0, 0), user.Error + key.Error + kiosk.Error);
        var account = (await TestUsers.FindAsync(db.Database, "can.bo"))!;
        Assert.Equal((AppRoles.Officer, "SYN", false), (account.Role, account.UnitCode, account.MustChangePassword));
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<AppUserEntity>().VerifyHashedPassword(account, account.PasswordHash!, "Typed-pass-2026"));
        Assert.DoesNotContain("Typed-pass-2026", user.Output, StringComparison.Ordinal);

        var secret = JsonDocument.Parse(key.Output).RootElement.GetProperty("key").GetString()!;
        Assert.Equal("SYN", (await new ApiKeyStore(db.Database).FindBySecretAsync(secret))!.UnitCode);

        var url = JsonDocument.Parse(kiosk.Output).RootElement.GetProperty("url").GetString()!;
        Assert.StartsWith("https://hd.example/kiosk/hdk_", url, StringComparison.Ordinal);
        var token = (await new KioskTokenStore(db.Database).FindBySecretAsync(url[(url.LastIndexOf('/') + 1)..]))!;
        // The end of 31/12/2031 in Vietnam (UTC+7).
        Assert.Equal(("tuong", new DateTime(2031, 12, 31, 17, 0, 0, DateTimeKind.Utc)), (token.PlaylistCode, token.ExpiresAt));
    }

    [Theory]
    [InlineData("users create --name can.bo --role Officer --password-stdin", "Typed-pass-2026", "needs --unit")]
    [InlineData("users create --name can.bo --role Boss --password-stdin", "Typed-pass-2026", "--role must be")]
    [InlineData("users create --name can.bo --role Leader", "Typed-pass-2026", "--password-stdin is needed")]
    [InlineData("users create --name can.bo --role Leader --password-stdin", "short", "at least 10 characters")]
    [InlineData("users create --name <b>x</b> --role Leader --password-stdin", "Typed-pass-2026", "--name must be")]
    [InlineData("users create --name can.bo --role Officer --unit NOPE --password-stdin", "Typed-pass-2026", "no org unit has the code 'NOPE'")]
    [InlineData("apikeys create --name k --unit NOPE", "", "no org unit has the code 'NOPE'")]
    [InlineData("kiosks create --playlist nope", "", "no playlist has the code 'nope'")]
    [InlineData("kiosks create --playlist tuong --expires 2020-01-01", "", "already past")]
    [InlineData("kiosks create --playlist tuong --expires tomorrow", "", "is not a date")]
    public async Task BadProvisioningIsOneLineExitTwoAndStoresNothing(string commandLine, string input, string message)
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var args = DbArgs(TestDatabase.Sqlite, db);
        Assert.Equal(0, (await RunAsync(["generate", "--communes", "1", "--years", "1", .. args])).Code);

        var (code, output, error) = await RunAsync([.. commandLine.Split(' '), .. args], input);

        Assert.Equal((2, ""), (code, output));
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal(0, await TestUsers.CountAsync(db.Database));
        Assert.Empty(await new ApiKeyStore(db.Database).ListAsync());
        Assert.Empty(await new KioskTokenStore(db.Database).ListAsync());
    }
}
