using System.Text.RegularExpressions;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Security;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// Issue 13's new-user findings on the admin side: <c>/admin</c> is the admins' landing page (an officer is refused), a
/// one-time password is copied with one click, and a new password typed twice differently changes nothing.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class AdminHomeTests(SeededAppFixture app)
{
    private const string OfficerPassword = "Officer-pass-2026";

    [Fact]
    public async Task AnAdminReachesTheAdminHomeFromTheHeaderAndSeesEveryPageWithALiveFactWhileAnOfficerIsRefused()
    {
        using var copy = await app.CopyAsync();
        await TestCredentials.CreateUserAsync(new Database(new DatabaseOptions { ConnectionString = copy.ConnectionString }),
            "officer.lxu", AppRoles.Officer, "AG_LXU", OfficerPassword);
        using var web = await WebAppProcess.StartAsync(copy.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var admin = await PagesBrowser.OpenAsync(browser, web.BaseAddress);

        await admin.GotoAsync("/units/AG");
        await admin.Locator("[data-testid='nav-admin'] button").ClickAsync();
        await admin.Locator("[data-testid='nav-admin-home']").ClickAsync();
        await admin.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin");

        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Trang quản trị");
        var cards = admin.Locator("[data-testid='admin-card']");
        await Assertions.Expect(cards).ToHaveCountAsync(6);
        Assert.Equal(
            ["/admin/users", "/admin/kiosks", "/admin/apikeys", "/admin/playlists", "/admin/jobs", "/admin/audit"],
            await cards.EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.href)"));
        // Each card says what its page is for and one live fact; the facts are read once the page is interactive.
        await Assertions.Expect(Fact(admin, "/admin/users")).ToHaveTextAsync(new Regex(@"^2 người dùng \(0 bị vô hiệu hóa\) · \d+ phiên đang mở$"));
        await Assertions.Expect(Fact(admin, "/admin/kiosks")).ToHaveTextAsync(new Regex(@"^\d+ kiosk đang dùng được / \d+ đã tạo$"));
        await Assertions.Expect(Fact(admin, "/admin/jobs")).ToContainTextAsync("Tính lại toàn bộ chỉ tiêu");
        await Assertions.Expect(Fact(admin, "/admin/audit")).ToHaveTextAsync(new Regex(@"^Mới nhất: \d\d/\d\d/\d{4} \d\d:\d\d · .+ · [A-ZĐ]"));
        await Assertions.Expect(admin.Locator("[data-href='/admin/audit']")).ToContainTextAsync("Mọi lần đăng nhập");
        await Infrastructure.Browser.SaveScreenshotAsync(admin, "admin-home.png");

        await admin.Locator("[data-href='/admin/kiosks'] [data-testid='admin-card-link']").ClickAsync();
        await admin.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/kiosks");

        var officer = await browser.NewSignedInPageAsync(web.BaseAddress, "officer.lxu", OfficerPassword);
        await officer.GotoAsync("/admin");
        await Assertions.Expect(officer.Locator("[data-testid='access-denied']")).ToBeVisibleAsync();
        await Assertions.Expect(officer.Locator("[data-testid='admin-home']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AOneTimePasswordIsCopiedWithOneClickAndNewPasswordsThatDifferChangeNothing()
    {
        using var copy = await app.CopyAsync();
        using var web = await WebAppProcess.StartAsync(copy.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var admin = await PagesBrowser.OpenAsync(browser, web.BaseAddress);
        // Headless Chromium lets a page use the clipboard only once the context is granted it.
        await admin.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = web.BaseAddress.GetLeftPart(UriPartial.Authority) });

        // A typed password, typed again differently: refused in words, and no user made.
        await admin.GotoAsync("/admin/users");
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Người dùng");
        await admin.ClickAsync("[data-testid='user-new']");
        await admin.FillAsync("[data-testid='user-username']", "lanh.dao.ag");
        await MudSelects.PickAsync(admin, "user-role", "Lãnh đạo");
        await admin.ClickAsync("[data-testid='user-typed']");
        await admin.FillAsync("[data-testid='user-password']", "An-giang-2026");
        await admin.FillAsync("[data-testid='user-password-again']", "An-giang-2062");
        await admin.ClickAsync("[data-testid='user-create-submit']");
        await Assertions.Expect(admin.Locator("[data-testid='user-form-problems']")).ToContainTextAsync("Hai lần nhập mật khẩu mới không khớp nhau");
        await Assertions.Expect(admin.Locator("[data-testid='users'] tr[data-user='lanh.dao.ag']")).ToHaveCountAsync(0);

        // Generated instead: the copy button puts the one-time password on the clipboard and says so.
        await admin.ClickAsync("[data-testid='user-generate']");
        await admin.ClickAsync("[data-testid='user-create-submit']");
        var oneTime = await admin.Locator("[data-testid='one-time-secret']").InputValueAsync();
        Assert.NotEmpty(oneTime);
        await admin.ClickAsync("[data-testid='one-time-secret-copy']");
        await Assertions.Expect(admin.Locator("[data-testid='one-time-secret-copied']")).ToHaveTextAsync("Đã chép.");
        Assert.Equal(oneTime, await admin.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await Infrastructure.Browser.SaveScreenshotAsync(admin, "admin-one-time-copied.png");

        // The new user must choose their own password: two that differ are refused, in Vietnamese and in English.
        var leader = await browser.NewAnonymousPageAsync(web.BaseAddress);
        leader.SetDefaultTimeout(PagesBrowser.TimeoutMs);
        await SignInAsync(leader, "lanh.dao.ag", oneTime);
        // A forced change offers no way round it; one the reader asked for leads back to where they were.
        await Assertions.Expect(leader.Locator("[data-testid='password-back']")).ToHaveCountAsync(0);
        await admin.ClickAsync("[data-testid='user-name']");
        await admin.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/account/password");
        await admin.ClickAsync("[data-testid='password-back']");
        await admin.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await admin.GotoAsync("/account/password?returnUrl=%2Fadmin%2Fusers");
        await admin.ClickAsync("[data-testid='password-back']");
        await admin.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/users");
        await ChooseAsync(leader, oneTime, "Lanh-dao-2026", "Lanh-dao-2027");
        await Assertions.Expect(leader.Locator("[data-testid='password-error']")).ToHaveTextAsync("Hai lần nhập mật khẩu mới không khớp nhau. Chưa có gì thay đổi: hãy nhập lại cả hai ô.");
        // What was typed does not come back in the page.
        await Assertions.Expect(leader.Locator("[data-testid='password-new']")).ToHaveValueAsync("");
        await leader.GotoAsync("/culture?c=en-US&redirect=%2Faccount%2Fpassword");
        await ChooseAsync(leader, oneTime, "Lanh-dao-2026", "lanh-dao-2026");
        await Assertions.Expect(leader.Locator("[data-testid='password-error']")).ToHaveTextAsync("The two new passwords differ. Nothing was changed: please type both again.");

        // Nothing changed: the one-time password still signs in (and still asks for a new one); the typed one does not.
        var again = await browser.NewAnonymousPageAsync(web.BaseAddress);
        await SignInAsync(again, "lanh.dao.ag", oneTime);
        Assert.Equal("/account/password", new Uri(again.Url).AbsolutePath);
        var typed = await browser.NewAnonymousPageAsync(web.BaseAddress);
        await typed.GotoAsync("/account/login");
        await typed.FillAsync("[data-testid=login-username]", "lanh.dao.ag");
        await typed.FillAsync("[data-testid=login-password]", "Lanh-dao-2026");
        await typed.ClickAsync("[data-testid=login-submit]");
        await Assertions.Expect(typed.Locator("[data-testid='login-error']")).ToBeVisibleAsync();
    }

    private static ILocator Fact(IPage page, string href) => page.Locator($"[data-href='{href}'] [data-testid='admin-fact']");

    private static async Task ChooseAsync(IPage page, string current, string first, string second)
    {
        await page.FillAsync("[data-testid='password-current']", current);
        await page.FillAsync("[data-testid='password-new']", first);
        await page.FillAsync("[data-testid='password-confirm']", second);
        await page.ClickAsync("[data-testid='password-submit']");
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
