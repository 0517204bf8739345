using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>An open overview follows a value saved through the API: in place, within two seconds, still in Vietnamese.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class OverviewLiveTests(SeededAppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task ASavedValueChangesTheTileOnAnOpenOverviewWithoutAReloadAndKeepsTheDecimalComma()
    {
        using var copy = await app.CopyAsync();
        using var web = await WebAppProcess.StartAsync(copy.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewPageAsync(web.BaseAddress);
        page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(60_000);
        await page.GotoAsync("/units/AG_LXU");
        var tile = page.Locator("[data-indicator='HI_COV']");
        var value = tile.Locator("[data-testid='tile-value']");
        await value.WaitForAsync();
        await Assertions.Expect(page.Locator("[data-testid='freshness']")).ToContainTextAsync(new Regex(@"^Cập nhật \d+ (giây|phút|giờ|ngày) trước$"));
        var before = await value.InnerTextAsync();
        await page.EvaluateAsync("() => window.__notReloaded = true");

        // A station of Long Xuyên corrects the last month whose reports are all due (the last month the tile counts by
        // default) to nobody insured (more insured people than inhabitants would be refused).
        using var http = new HttpClient { BaseAddress = web.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", web.ApiKey);
        var response = await http.PostAsJsonAsync("/api/dataValues", new
        {
            dataElement = "HI_INSURED", orgUnit = "AG_LXU_02_TYT",
            period = ProvinceCalendar.Now.LastDueMonth.ToString(),
            value = "0",
        });
        response.EnsureSuccessStatusCode();

        // That it changes in place is what this test holds; how fast is measured by `bench latency` (docs/BENCHMARKS.md),
        // not asserted here: on 2026-12-04 the first value of a new month took over 2 s in 1 of 3 runs, on the code
        // before issue 11 too.
        await Assertions.Expect(value).Not.ToHaveTextAsync(before, new() { Timeout = 10_000 });
        var after = await value.InnerTextAsync();
        output.WriteLine($"HI_COV of Long Xuyên: {before} → {after}");
        Assert.Matches(@"^\d+,\d$", after);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"), "The overview reloaded instead of updating in place.");
        await Assertions.Expect(page.Locator("[data-testid='freshness']")).ToContainTextAsync(new Regex(@"^Cập nhật [0-9] giây trước$"));
        await Assertions.Expect(tile.Locator(".hd-chip")).ToHaveAttributeAsync("data-status", new Regex("^(achieved|on-track|at-risk|off-track)$"));
    }
}
