using HealthDashboard.Data.Wall;
using HealthDashboard.Domain.Wall;
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
        // A trend with no indicator chosen.
        await MudSelects.PickAsync(page, "slide-kind", "Xu hướng");
        await page.Locator("button[type='submit']").ClickAsync();

        var problems = page.Locator("[data-testid='playlist-problems'] li");
        await Assertions.Expect(problems).ToHaveCountAsync(3);
        await Assertions.Expect(problems.Nth(0)).ToContainTextAsync("Mã chỉ gồm");
        await Assertions.Expect(problems.Nth(2)).ToContainTextAsync("Trang 1: Chọn một chỉ tiêu có trong danh mục");
        Assert.Null(await new PlaylistStore(app.Database).FindAsync("Phòng họp 1"));
        // What was typed and chosen is still there to fix.
        await Assertions.Expect(page.Locator("input[name='name']")).ToHaveValueAsync("<script>alert(1)</script> Phòng họp");
        await Assertions.Expect(MudSelects.Shown(page, "slide-kind")).ToContainTextAsync("Xu hướng");
        await SaveScreenshotAsync(page, "playlists-refused.png");

        await page.Locator("input[name='code']").FillAsync("phong-hop-1");
        await page.Locator("input[name='seconds']").FillAsync("15");
        await MudSelects.PickAsync(page, "slide-kind", "Chỉ tiêu chính");
        // The slide's unit by its name, typed without tone marks.
        await page.Locator("tr[data-slide='0'] [data-testid='slide-unit'] input").FillAsync("long xuyen");
        await page.Locator("[data-testid='unit-suggestion'][data-code='AG_LXU']").ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-slide='0'] [data-testid='slide-unit'] input")).ToHaveValueAsync("Thành phố Long Xuyên");
        await SaveScreenshotAsync(page, "playlists-unit-picked.png");
        await page.Locator("button[type='submit']").ClickAsync();

        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Đã lưu");
        await Assertions.Expect(page.Locator("[data-testid='playlists'] tr[data-code='phong-hop-1']")).ToBeVisibleAsync();
        var saved = await new PlaylistStore(app.Database).FindAsync("phong-hop-1");
        Assert.NotNull(saved);
        var slide = Assert.Single(saved.Slides);
        Assert.Equal(("AG_LXU", WallSlideKind.Kpi), (slide.Unit, slide.Kind));
        Assert.Equal(15, saved.SecondsPerSlide);

        await page.GotoAsync("/wall/phong-hop-1");
        await Assertions.Expect(page.Locator("[data-testid='slide-title']")).ToContainTextAsync("Long Xuyên");
        // The name is shown as text, never run.
        await Assertions.Expect(page.Locator(".hd-wall-playlist")).ToHaveTextAsync("<script>alert(1)</script> Phòng họp");

        // Deleting asks first, in a dialog; "Hủy" keeps it.
        await page.GotoAsync("/admin/playlists");
        var row = page.Locator("[data-testid='playlists'] tr[data-code='phong-hop-1']");
        await row.Locator("[data-testid='playlist-delete']").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync("Xóa danh sách");
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Hủy" }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
        Assert.NotNull(await new PlaylistStore(app.Database).FindAsync("phong-hop-1"));
        await row.Locator("[data-testid='playlist-delete']").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Xóa" }).ClickAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);
        Assert.Null(await new PlaylistStore(app.Database).FindAsync("phong-hop-1"));
    }

    private async Task SaveScreenshotAsync(IPage page, string name) =>
        output.WriteLine($"Screenshot: {await Infrastructure.Browser.SaveScreenshotAsync(page, name)}");
}
