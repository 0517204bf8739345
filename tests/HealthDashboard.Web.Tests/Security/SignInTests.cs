using System.Net;
using System.Text.RegularExpressions;
using HealthDashboard.Data.Audit;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Security;
using HealthDashboard.Data.Tests.Security;
using HealthDashboard.Web.Storage;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HealthDashboard.Web.Tests.Security;

/// <summary>Signing in through the real form: lockout, the first admin's one-time password, signing out, the rate limit.</summary>
[Collection(SeededAppCollection.Name)]
public sealed partial class SignInTests(SeededAppFixture app)
{
    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountSayWhyAndAreAudited()
    {
        await TestCredentials.CreateUserAsync(app.Database, "lock.me", AppRoles.Leader, null, "Right-pass-2026");
        using var client = NewClient(app.Factory);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await BodyAsync(await FormSignIn.PostAsync(client, "lock.me", "wrong-pass-" + attempt));
            Assert.Contains("Sai tên đăng nhập hoặc mật khẩu.", wrong, StringComparison.Ordinal);
        }

        var fifth = await BodyAsync(await FormSignIn.PostAsync(client, "lock.me", "wrong-pass-5"));
        Assert.Contains("Tài khoản tạm khóa do nhập sai mật khẩu 5 lần liên tiếp", fifth, StringComparison.Ordinal);
        // Locked means locked: the right password does not open it now.
        var right = await FormSignIn.PostAsync(client, "lock.me", "Right-pass-2026");
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("tạm khóa", await BodyAsync(right), StringComparison.Ordinal);

        var audit = await new AuditStore(app.Database).SearchAsync(new AuditQuery { Actor = "lock.me" });
        Assert.Equal(4, audit.Count(e => e.Action == "sign-in-failed" && e.NewValue!.StartsWith("wrong password", StringComparison.Ordinal)));
        Assert.Single(audit, e => e.Action == "locked-out");
        Assert.DoesNotContain(audit, e => e.Action == "sign-in");
        Assert.True((await TestUsers.FindAsync(app.Database, "LOCK.ME"))!.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(10));
    }

    [Fact]
    public async Task WithoutAConfiguredPasswordTheFirstAdminGetsAOneTimePasswordInTheLogThatMustBeChangedFirst()
    {
        using var file = new TempSqliteFile();
        var log = new LogCollector();
        await using var factory = new DashboardFactory(new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = file.ConnectionString,
            ["Database:SeedSampleData"] = "false",
            ["Auth:InitialAdmin:Password"] = "",
        }, services => services.AddSingleton<ILoggerProvider>(log));
        await factory.Services.GetRequiredService<DataReadiness>().WhenReady.WaitAsync(TimeSpan.FromMinutes(2));

        var line = Assert.Single(log.Lines, l => l.Contains("one-time password", StringComparison.Ordinal));
        var password = OneTimePassword().Match(line).Groups[1].Value;
        Assert.Equal(16, password.Length);
        await using var database = new Database(new DatabaseOptions { ConnectionString = file.ConnectionString });
        var admin = (await TestUsers.FindAsync(database, "ADMIN"))!;
        Assert.True(admin.MustChangePassword);
        Assert.DoesNotContain(password, admin.PasswordHash!, StringComparison.Ordinal);

        using var client = NewClient(factory);
        var signIn = await FormSignIn.PostAsync(client, "admin", password);
        Assert.Equal("/account/password", PathOf(signIn));
        // Nothing else opens until the password is changed.
        var home = await client.GetAsync("/");
        Assert.Equal("/account/password", PathOf(home));
        var weak = await FormSignIn.PostFormAsync(client, "/account/password", "password",
            new() { ["Input.Current"] = password, ["Input.New"] = "short", ["Input.Confirm"] = "short" });
        Assert.Contains("ít nhất 10 ký tự", await BodyAsync(weak), StringComparison.Ordinal);

        var changed = await FormSignIn.PostFormAsync(client, "/account/password", "password",
            new() { ["Input.Current"] = password, ["Input.New"] = "Chosen-pass-2026", ["Input.Confirm"] = "Chosen-pass-2026" });
        Assert.Equal("/", PathOf(changed));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.False((await TestUsers.FindAsync(database, "ADMIN"))!.MustChangePassword);
    }

    [Fact]
    public async Task SigningOutEndsTheSessionSoItsCookieNoLongerOpensAnything()
    {
        await TestCredentials.CreateUserAsync(app.Database, "leaves.soon", AppRoles.Leader, null, "Leaving-pass-2026");
        using var client = NewClient(app.Factory);
        var signIn = await FormSignIn.PostAsync(client, "leaves.soon", "Leaving-pass-2026");
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("hd.auth=", StringComparison.Ordinal)).Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var signedOut = await FormSignIn.PostFormAsync(client, "/account/signout", null, [], postTo: "/account/logout");
        Assert.Equal("/account/login", PathOf(signedOut));

        // The old cookie, replayed by someone who copied it, is refused: the session is over in the database.
        using var replay = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        replay.DefaultRequestHeaders.Add("Cookie", cookie);
        var again = await replay.GetAsync("/");
        Assert.Equal("/account/login", PathOf(again));
        Assert.Contains(await new AuditStore(app.Database).SearchAsync(new AuditQuery { Actor = "leaves.soon" }), e => e.Action == "sign-out");
    }

    [Fact]
    public async Task TooManySignInsFromOneAddressAreRefusedWithAMessageAndChangeNothing()
    {
        using var file = new TempSqliteFile();
        await using var factory = new DashboardFactory(new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = file.ConnectionString,
            ["Database:SeedSampleData"] = "false",
            ["Auth:SignInPerMinute"] = "3",
        });
        await factory.Services.GetRequiredService<DataReadiness>().WhenReady.WaitAsync(TimeSpan.FromMinutes(2));
        using var client = NewClient(factory);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await FormSignIn.PostAsync(client, "admin", "not-the-password-" + i)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        await using var database = new Database(new DatabaseOptions { ConnectionString = file.ConnectionString });
        // The refused attempt never reached the account: three failures counted, not four.
        Assert.Equal(3, (await TestUsers.FindAsync(database, "ADMIN"))!.AccessFailedCount);
    }

    private static HttpClient NewClient(DashboardFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Where a redirect goes, without host or query (the app writes some absolute, some relative).</summary>
    private static string? PathOf(HttpResponseMessage response) => response.Headers.Location is not { } location ? null
        : location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];

    private static Task<string> BodyAsync(HttpResponseMessage response) => response.Content.ReadAsStringAsync();

    [GeneratedRegex("one-time password (\\S+) ")]
    private static partial Regex OneTimePassword();
}
