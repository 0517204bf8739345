using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>Clicking away from an overview the moment its numbers show.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class LeavingTheOverviewTests(SeededAppFixture app)
{
    [Fact]
    public async Task ATileLinkClickedAsSoonAsTheTilesShowOpensTheRankingNotTheErrorPage()
    {
        // When sparklines were drawn by a script, its call found its module disposed; that failure once escaped into the
        // next page, which showed "Đã có lỗi xảy ra" instead of its chart (one district in eight on a loaded machine).
        // Sparklines are SVG from the server now; the click away from a page still opening must still land cleanly.
        await using var context = app.Database.Context();
        var districts = await context.OrgUnits.Where(u => u.Kind == "district").OrderBy(u => u.Code).Select(u => u.Code).ToListAsync();
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await PagesBrowser.OpenAsync(browser, web.BaseAddress);

        foreach (var district in districts)
        {
            await page.GotoAsync($"/units/{district}");
            await page.Locator("[data-indicator='IMR'] [data-testid='tile-value']").WaitForAsync();
            await page.Locator("[data-indicator='IMR'] [data-testid='tile-ranking-link']").ClickAsync();

            await FailureContext.ExplainAsync(page, web, ".hd-body", () =>
                Assertions.Expect(page.Locator("[data-chart='drawn'] > [data-testid='ranking-chart']"))
                    .ToHaveAttributeAsync("data-unit", district, new LocatorAssertionsToHaveAttributeOptions { Timeout = 20_000 }));
        }

        Assert.DoesNotContain("Unhandled exception", web.Output, StringComparison.Ordinal);
    }
}
