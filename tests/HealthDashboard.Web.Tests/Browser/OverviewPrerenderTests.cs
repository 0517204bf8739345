using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// The overview is prerendered (App.razor): its tiles come in the server's first answer, so they are read before the
/// circuit starts, and the page takes no click until the circuit can answer it. Its fonts are fetched with its head.
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

    [Fact]
    public async Task ThePrerenderedPagePreloadsTheFontsItsTextUsesEachFetchedOnce()
    {
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewPageAsync(web.BaseAddress);
        var fonts = new List<string>();
        var warnings = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.EndsWith(".woff2", StringComparison.Ordinal))
            {
                lock (fonts) { fonts.Add(new Uri(request.Url).AbsolutePath); }
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type is "warning" or "error")
            {
                lock (warnings) { warnings.Add(message.Text); }
            }
        };

        await page.GotoAsync("/units/AG_LXU");
        await page.WaitUntilInteractiveAsync();
        // Chromium warns of a preload left unused a few seconds after the page's load.
        await page.WaitForTimeoutAsync(4000);

        var preloaded = await page.Locator("link[rel=preload][as=font]").EvaluateAllAsync<string[]>("links => links.map(l => new URL(l.href).pathname)");
        Assert.NotEmpty(preloaded);
        lock (fonts)
        {
            // A preload whose mode differs from the stylesheet's font fetch (crossorigin) is fetched twice.
            Assert.All(preloaded, font => Assert.Single(fonts, f => f == font));
        }

        lock (warnings)
        {
            Assert.DoesNotContain(warnings, w => w.Contains("preload", StringComparison.OrdinalIgnoreCase));
        }
    }
}
