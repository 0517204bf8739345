using System.Net;
using HealthDashboard.Data.Audit;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// The admin pages in real Chromium, end to end: a user is made with a one-time password and must change it; a reset
/// gives a new one; disabling ends their session; an API key is shown once, works in its subtree, and stops when
/// revoked; a kiosk address opens its wall. Every action is in the audit log.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class AdminSecurityPagesTests(SeededAppFixture app)
{
    [Fact]
    public async Task AnAdminMakesAndEndsUsersKeysAndKiosksFromThePagesAndEachStepIsAudited()
    {
        using var copy = await app.CopyAsync();
        using var web = await WebAppProcess.StartAsync(copy.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var admin = await browser.NewPageAsync(web.BaseAddress);
        admin.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(60_000);

        // A health officer of Long Xuyên with a generated one-time password.
        await admin.GotoAsync("/admin/users");
        await admin.ClickAsync("[data-testid='user-new']");
        await admin.FillAsync("[data-testid='user-username']", "can.bo.lxu");
        await admin.FillAsync("[data-testid='user-displayname']", "Cán bộ Long Xuyên");
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Người dùng");
        await MudSelects.PickAsync(admin, "user-role", "Cán bộ y tế");
        await admin.Locator("[data-testid='user-unit'] input").FillAsync("long xuyen");
        await admin.Locator("[data-testid='unit-suggestion'][data-code='AG_LXU']").ClickAsync();
        await admin.ClickAsync("[data-testid='user-create-submit']");
        var oneTime = await admin.Locator("[data-testid='one-time-secret']").InputValueAsync();
        await Assertions.Expect(admin.Locator("[data-testid='users'] tr[data-user='can.bo.lxu']")).ToContainTextAsync("AG_LXU");
        await Infrastructure.Browser.SaveScreenshotAsync(admin, "admin-users.png");

        // They sign in with it and must choose their own first.
        var officer = await browser.NewAnonymousPageAsync(web.BaseAddress);
        await SignInAsync(officer, "can.bo.lxu", oneTime);
        Assert.Contains("/account/password", officer.Url, StringComparison.Ordinal);
        await officer.FillAsync("[data-testid='password-current']", oneTime);
        await officer.FillAsync("[data-testid='password-new']", "Long-xuyen-2026");
        await officer.FillAsync("[data-testid='password-confirm']", "Long-xuyen-2026");
        await officer.ClickAsync("[data-testid='password-submit']");
        await Assertions.Expect(officer.Locator("[data-testid='user-name']")).ToHaveTextAsync("Cán bộ Long Xuyên");

        // Disabled by the admin: the officer's open page is signed out within the revalidation interval.
        await admin.ReloadAsync();
        await admin.Locator("[data-testid='users'] tr[data-user='can.bo.lxu'] [data-testid='user-disable']").ClickAsync();
        await Assertions.Expect(admin.Locator(".mud-dialog")).ToContainTextAsync("Vô hiệu hóa can.bo.lxu");
        await admin.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Đồng ý" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".mud-snackbar")).ToContainTextAsync("can.bo.lxu");
        await Assertions.Expect(admin.Locator("[data-testid='users'] tr[data-user='can.bo.lxu']")).ToHaveAttributeAsync("data-state", "disabled");
        await Assertions.Expect(officer.Locator("[data-testid='session-ended']")).ToBeVisibleAsync(new() { Timeout = 45_000 });
        var again = await browser.NewAnonymousPageAsync(web.BaseAddress);
        await again.GotoAsync("/account/login");
        await again.FillAsync("[data-testid=login-username]", "can.bo.lxu");
        await again.FillAsync("[data-testid=login-password]", "Long-xuyen-2026");
        await again.ClickAsync("[data-testid=login-submit]");
        await Assertions.Expect(again.Locator("[data-testid='login-error']")).ToContainTextAsync("vô hiệu hóa");

        // An API key for An Giang: shown once, reads An Giang, not Kon Tum, and nothing once revoked.
        await admin.GotoAsync("/admin/apikeys");
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Khóa API");
        await admin.ClickAsync("[data-testid='apikey-new']");
        await admin.FillAsync("[data-testid='apikey-name']", "Nhập liệu An Giang");
        await admin.Locator("[data-testid='apikey-unit'] input").FillAsync("an giang");
        await admin.Locator("[data-testid='unit-suggestion'][data-code='AG']").ClickAsync();
        await admin.ClickAsync("[data-testid='apikey-create-submit']");
        var key = await admin.Locator("[data-testid='one-time-secret']").InputValueAsync();
        using var machine = new HttpClient { BaseAddress = web.BaseAddress };
        machine.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync("/api/aggregates?indicator=HI_COV&orgUnit=AG&period=2024")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await machine.GetAsync("/api/aggregates?indicator=HI_COV&orgUnit=KT&period=2024")).StatusCode);
        await admin.ReloadAsync();
        Assert.Equal(0, await admin.Locator("[data-testid='one-time-secret']").CountAsync());
        await admin.Locator("[data-testid='apikeys'] tr:has([data-apikey='Nhập liệu An Giang']) [data-testid='apikey-revoke']").ClickAsync();
        await Assertions.Expect(admin.Locator(".mud-dialog")).ToContainTextAsync("Thu hồi khóa “Nhập liệu An Giang”?");
        await admin.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Thu hồi" }).ClickAsync();
        await Assertions.Expect(admin.Locator("[data-testid='apikeys'] [data-apikey='Nhập liệu An Giang']")).ToHaveAttributeAsync("data-state", "revoked");
        Assert.Equal(HttpStatusCode.Unauthorized, (await machine.GetAsync("/api/aggregates?indicator=HI_COV&orgUnit=AG&period=2024")).StatusCode);

        // A kiosk address for the sample wall opens it on a browser that never signed in.
        await admin.GotoAsync("/admin/kiosks");
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Kiosk (màn hình tường)");
        await admin.ClickAsync("[data-testid='kiosk-new']");
        await admin.FillAsync("[data-testid='kiosk-name']", "Phòng giao ban");
        await MudSelects.PickAsync(admin, "kiosk-playlist", "Giao ban Sở Y tế An Giang (giao-ban)");
        await admin.ClickAsync("[data-testid='kiosk-create-submit']");
        var address = await admin.Locator("[data-testid='one-time-secret']").InputValueAsync();
        var wall = await browser.NewAnonymousPageAsync(web.BaseAddress);
        await wall.GotoAsync(address);
        Assert.EndsWith("/wall/giao-ban", wall.Url, StringComparison.Ordinal);
        await Assertions.Expect(wall.Locator("[data-testid='wall-slide']")).ToBeVisibleAsync();

        var actions = (await new AuditStore(new Data.Db.Database(new Data.Db.DatabaseOptions { ConnectionString = copy.ConnectionString }))
            .SearchAsync(new AuditQuery { Actor = "admin" })).Select(e => e.Action).ToHashSet();
        Assert.Superset(new HashSet<string> { "user-create", "user-disable", "apikey-create", "apikey-revoke", "kiosk-create" }, actions);
    }

    private static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("[data-testid=login-username]", userName);
        await page.FillAsync("[data-testid=login-password]", password);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }
}
