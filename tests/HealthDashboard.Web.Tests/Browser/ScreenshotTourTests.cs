using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// Every page an admin can open, at a desk screen, an officer's phone and a 4K wall: a full-page screenshot of each in
/// artifacts/screenshots/tour-*.png for people to look at, and the layout faults a machine can see.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class ScreenshotTourTests(SeededAppFixture app, ITestOutputHelper output)
{
    private static readonly (string Name, string Path)[] Pages =
    [
        ("overview-country", "/"),
        ("overview-province", "/units/AG"),
        ("overview-district", "/units/AG_LXU"),
        ("station", "/units/AG_LXU_04_TYT"),
        ("map", "/map?unit=AG"),
        ("trends", "/trends?indicator=IMR&unit=AG_LXU"),
        ("rankings", "/rankings?indicator=IMR&unit=AG"),
        ("report-list", "/report"),
        ("report-form", "/report/AG_LXU_04_TYT/202301"),
        ("import", "/import"),
        ("quality", "/quality"),
        ("admin-home", "/admin"),
        ("admin-jobs", "/admin/jobs"),
        ("admin-users", "/admin/users"),
        ("admin-kiosks", "/admin/kiosks"),
        ("admin-playlists", "/admin/playlists"),
        ("admin-apikeys", "/admin/apikeys"),
        ("admin-audit", "/admin/audit"),
        ("password", "/account/password"),
        ("denied", "/account/denied"),
        ("kiosk-ended", "/kiosk/ended"),
        ("not-found", "/no-such-page"),
    ];

    [Theory]
    [InlineData("desk", 1920, 1080)]
    [InlineData("phone", 390, 844)]
    [InlineData("4k", 3840, 2160)]
    public async Task EveryPageRendersWithoutAnErrorAndIsPhotographedAtThisSize(string size, int width, int height)
    {
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await PagesBrowser.OpenAsync(browser, web.BaseAddress);
        await page.SetViewportSizeAsync(width, height);
        var sideways = new List<string>();

        foreach (var (name, path) in Pages)
        {
            var response = await page.GotoAsync(path);
            var expected = name == "not-found" ? 404 : 200;
            Assert.True(response!.Status == expected, $"{path} answered {response.Status}");
            // Interactive pages render in the circuit: wait until the page has a heading or a form and nothing loads.
            await page.Locator("main h1, main form, .hd-body h1, .hd-body form, .hd-account-card h1, .hd-notice-title").First.WaitForAsync();
            await Assertions.Expect(page.Locator(".hd-loading")).ToHaveCountAsync(0);
            // A chart is photographed drawn, not as the empty box it is while plotly.js loads.
            await Assertions.Expect(page.Locator("[data-chart='drawing']")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator("[data-testid='friendly-error'], [data-testid='error-page']")).ToHaveCountAsync(0);
            if (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1"))
            {
                sideways.Add(path);
            }

            // A table cut off by its box (the page itself does not scroll then, but the columns past the edge are lost).
            if (await page.EvaluateAsync<bool>("[...document.querySelectorAll('main table')].some(t => t.getBoundingClientRect().right > window.innerWidth + 1)"))
            {
                sideways.Add(path + " (a table)");
            }

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath($"tour-{size}-{name}.png"), FullPage = true });
        }

        output.WriteLine($"{Pages.Length} pages at {width}×{height} in {RepositoryPaths.Screenshots}; sideways: {string.Join(", ", sideways)}");
        // No page scrolls sideways, a phone's included: wide tables become cards and wide charts fit their box.
        Assert.Empty(sideways);
    }

    private static string ScreenshotPath(string name)
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        return Path.Combine(RepositoryPaths.Screenshots, name);
    }
}
