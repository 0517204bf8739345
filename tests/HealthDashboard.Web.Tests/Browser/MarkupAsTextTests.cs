using HealthDashboard.Data.Security;
using HealthDashboard.Data.Wall;
using HealthDashboard.Domain.Wall;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// Script and markup typed into names (users, playlists, kiosks, API keys) and searches are shown as the characters
/// typed, on every page that shows them, and never run: each payload would set window.__xss if it ran.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class MarkupAsTextTests(SeededAppFixture app)
{
    private const string UserName = """<img src=x onerror="window.__xss='user'"><script>window.__xss='user'</script>""";
    private const string PlaylistName = "<b>Phòng họp</b><script>window.__xss='playlist'</script>";
    private const string KioskName = "<svg onload=\"window.__xss='kiosk'\">";
    private const string KeyName = "\"><img src=x onerror=window.__xss='key'>";
    private const string Search = "<iframe src=javascript:window.__xss='search'>";

    [Fact]
    public async Task MarkupInNamesAndSearchesIsShownAsTextAndNeverRuns()
    {
        using var copy = await app.CopyAsync();
        var database = new Data.Db.Database(new Data.Db.DatabaseOptions { ConnectionString = copy.ConnectionString });
        await TestCredentials.CreateUserAsync(database, "markup.user", AppRoles.Leader, null, "Markup-pass-2026", displayName: UserName);
        await new PlaylistStore(database).SaveAsync(new WallPlaylist("markup", PlaylistName, 3600, [new WallSlide(WallSlideKind.Kpi, "AG")]));
        await new KioskTokenStore(database).CreateAsync(KioskName, "markup", null, "tests");
        await new ApiKeyStore(database).CreateAsync(KeyName, "AG", "tests");
        using var web = await WebAppProcess.StartAsync(copy.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewPageAsync(web.BaseAddress);
        page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(60_000);
        var dialogs = 0;
        page.Dialog += async (_, dialog) => { dialogs++; await dialog.DismissAsync(); };

        // Typed by an admin into the new-user form.
        await page.GotoAsync("/admin/users");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Người dùng");
        await page.ClickAsync("[data-testid='user-new']");
        await page.FillAsync("[data-testid='user-username']", "typed.markup");
        await page.FillAsync("[data-testid='user-displayname']", Search);
        await MudSelects.PickAsync(page, "user-role", "Lãnh đạo");
        await page.ClickAsync("[data-testid='user-create-submit']");
        await Assertions.Expect(page.Locator("[data-testid='users'] tr[data-user='typed.markup']")).ToContainTextAsync(Search);
        Assert.Equal(0, await page.Locator("iframe").CountAsync());
        await AssertNothingRanAsync(page, "/admin/users after typing");

        foreach (var (path, text) in new[]
        {
            ("/admin/users", UserName), ("/admin/playlists", PlaylistName), ("/admin/kiosks", KioskName), ("/admin/apikeys", KeyName),
        })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.Locator("body")).ToContainTextAsync(text);
            await AssertNothingRanAsync(page, path);
        }

        // Typed by hand into the audit search: the search and its echo are text too.
        await page.GotoAsync("/admin/audit");
        await page.FillAsync("[data-testid='audit-text']", Search);
        await page.ClickAsync("[data-testid='audit-submit']");
        await Assertions.Expect(page.Locator("[data-testid='audit-text']")).ToHaveValueAsync(Search);
        Assert.Equal(0, await page.Locator("iframe").CountAsync());
        await AssertNothingRanAsync(page, "/admin/audit");

        // The user's own header, signed in as them.
        var own = await browser.NewSignedInPageAsync(web.BaseAddress, "markup.user", "Markup-pass-2026");
        await Assertions.Expect(own.Locator("[data-testid='user-name']")).ToHaveTextAsync(UserName);
        await AssertNothingRanAsync(own, "the header");
        await Infrastructure.Browser.SaveScreenshotAsync(page, "markup-as-text.png");
        Assert.Equal(0, dialogs);
    }

    private static async Task AssertNothingRanAsync(IPage page, string where)
    {
        var ran = await page.EvaluateAsync<string?>("() => window.__xss ?? null");
        Assert.True(ran is null, $"The {ran} payload ran on {where}.");
        Assert.True(await page.Locator("b:text('Phòng họp'), svg[onload], img[onerror], iframe").CountAsync() == 0, $"Markup became elements on {where}.");
    }
}
