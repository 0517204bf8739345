using HealthDashboard.Data.Wall;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>The playlist admin page in Chromium: a bad playlist is refused with every reason and nothing saved; a good one opens on the wall.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class PlaylistsPageTests(SeededAppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task AnAdminBuildsAPlaylistSeesWhatIsWrongFixesItAndOpensItsWall()
    {
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewPageAsync(web.BaseAddress);
        page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(60_000);
        await page.GotoAsync("/admin/playlists");
        await Assertions.Expect(page.Locator("[data-testid='playlists'] tr[data-code='giao-ban']")).ToBeVisibleAsync();

        await page.GetByText("Thêm danh sách").ClickAsync();
        await page.Locator("input[name='code']").FillAsync("Phòng họp 1");
        await page.Locator("input[name='name']").FillAsync("<script>alert(1)</script> Phòng họp");
        await page.Locator("input[name='seconds']").FillAsync("2");
        await page.Locator("tr[data-slide='0'] input").First.FillAsync("KHONG_CO");
        await page.Locator("button[type='submit']").ClickAsync();

        var problems = page.Locator("[data-testid='playlist-problems'] li");
        await Assertions.Expect(problems).ToHaveCountAsync(3);
        await Assertions.Expect(problems.Nth(0)).ToContainTextAsync("Mã chỉ gồm");
        await Assertions.Expect(problems.Nth(2)).ToContainTextAsync("Trang 1: Không có đơn vị mã “KHONG_CO”");
        Assert.Null(await new PlaylistStore(app.Database).FindAsync("Phòng họp 1"));
        // What was typed is still there to fix.
        await Assertions.Expect(page.Locator("input[name='name']")).ToHaveValueAsync("<script>alert(1)</script> Phòng họp");
        await SaveScreenshotAsync(page, "playlists-refused.png");

        await page.Locator("input[name='code']").FillAsync("phong-hop-1");
        await page.Locator("input[name='seconds']").FillAsync("15");
        await page.Locator("tr[data-slide='0'] input").First.FillAsync("ag_lxu");
        await page.Locator("button[type='submit']").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid='playlist-message']")).ToContainTextAsync("Đã lưu");
        var saved = await new PlaylistStore(app.Database).FindAsync("phong-hop-1");
        Assert.NotNull(saved);
        Assert.Equal("AG_LXU", Assert.Single(saved.Slides).Unit);
        Assert.Equal(15, saved.SecondsPerSlide);

        await page.GotoAsync("/wall/phong-hop-1");
        await Assertions.Expect(page.Locator("[data-testid='slide-title']")).ToContainTextAsync("Long Xuyên");
        // The name is shown as text, never run.
        await Assertions.Expect(page.Locator(".hd-wall-playlist")).ToHaveTextAsync("<script>alert(1)</script> Phòng họp");
    }

    private async Task SaveScreenshotAsync(IPage page, string name) =>
        output.WriteLine($"Screenshot: {await Infrastructure.Browser.SaveScreenshotAsync(page, name)}");
}
