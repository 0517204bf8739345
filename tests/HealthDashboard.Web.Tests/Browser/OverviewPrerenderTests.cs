using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// The overview is prerendered (App.razor): its tiles come in the server's first answer, so they are read before the
/// circuit starts, and the page takes no click until the circuit can answer it.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class OverviewPrerenderTests(SeededAppFixture app)
{
    [Fact]
    public async Task TheTilesComeBeforeTheCircuitAndThePageTakesClicksOnlyOnceItRuns()
    {
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewPageAsync(web.BaseAddress);
        page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(60_000);

        // Hold the circuit's start: what shows meanwhile came with the page itself.
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/_blazor/negotiate*", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync("/units/AG_LXU");
        await Assertions.Expect(page.Locator(".hd-sidebar")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--open"));
        var coverage = page.Locator("[data-indicator='HI_COV'] [data-testid='tile-value']");
        await Assertions.Expect(coverage).ToBeVisibleAsync();
        Assert.Equal("false", await page.Locator(".hd-layout").GetAttributeAsync("data-interactive"));
        Assert.Equal("none", await page.Locator(".hd-layout").EvaluateAsync<string>("e => getComputedStyle(e).pointerEvents"));

        release.SetResult();
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(coverage).ToBeVisibleAsync();
        Assert.Equal("auto", await page.Locator(".hd-layout").EvaluateAsync<string>("e => getComputedStyle(e).pointerEvents"));
        // Now a click answers: the menu button folds the unit tree away.
        await page.Locator("[data-testid='drawer-toggle']").ClickAsync();
        await Assertions.Expect(page.Locator(".hd-sidebar")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--closed"));
    }
}
