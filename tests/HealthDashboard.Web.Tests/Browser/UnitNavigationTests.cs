using HealthDashboard.Data.Db;
using HealthDashboard.Data.Security;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// Getting to a unit (issue 13, point 7): an officer lands on their own unit, the tree opens at the unit every page
/// shows, and the header's search opens a unit typed without its tone marks, on a desk and on a phone.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class UnitNavigationTests(SeededAppFixture app)
{
    private const string Officer = "can.bo.nha";
    private const string OfficerPassword = "Long-xuyen-home-2026";

    [Fact]
    public async Task AnOfficerOfLongXuyenLandsOnLongXuyenAndItsMap()
    {
        using var copy = await app.CopyAsync();
        await TestCredentials.CreateUserAsync(new Database(new DatabaseOptions { ConnectionString = copy.ConnectionString }),
            Officer, AppRoles.Officer, "AG_LXU", OfficerPassword, "Cán bộ Long Xuyên");
        using var web = await WebAppProcess.StartAsync(copy.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewSignedInPageAsync(web.BaseAddress, Officer, OfficerPassword);
        page.SetDefaultTimeout(PagesBrowser.TimeoutMs);
        Assertions.SetDefaultExpectTimeout(PagesBrowser.TimeoutMs);

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Thành phố Long Xuyên");
        await ExpectSelectedAsync(page, "AG_LXU");
        await Infrastructure.Browser.SaveScreenshotAsync(page, "officer-home-unit.png");

        // The map without a unit in its link is Long Xuyên's too; a link naming another unit still wins.
        await page.Locator("[data-testid='nav-map']").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Long Xuyên");
        await ExpectSelectedAsync(page, "AG_LXU");
        await page.GotoAsync("/units/AG");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("An Giang");
    }

    [Fact]
    public async Task TheTreeFollowsTheUnitOfEveryPageAndTheSearchOpensAUnitTypedWithoutMarks()
    {
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await PagesBrowser.OpenAsync(browser, web.BaseAddress);

        // An admin keeps the province as the default.
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("An Giang");
        await ExpectSelectedAsync(page, "AG");

        await page.GotoAsync("/map?unit=AG_LXU");
        await ExpectSelectedAsync(page, "AG_LXU");
        await Infrastructure.Browser.SaveScreenshotAsync(page, "tree-on-map.png");
        await page.GotoAsync("/rankings?unit=AG_TTO");
        await ExpectSelectedAsync(page, "AG_TTO");
        // A monthly report shows its station: the tree opens down to it.
        await page.GotoAsync("/report/AG_LXU_04_TYT/202410");
        await ExpectSelectedAsync(page, "AG_LXU_04_TYT");

        // The header's search: tone marks left out, the suggestion named with its province, its overview opened.
        await page.Locator("[data-testid='unit-search'] input").FillAsync("long xuyen");
        var suggestion = page.Locator("[data-testid='unit-suggestion'][data-code='AG_LXU']");
        await Assertions.Expect(suggestion).ToContainTextAsync("Thành phố Long Xuyên");
        await Assertions.Expect(suggestion).ToContainTextAsync("An Giang");
        await Infrastructure.Browser.SaveScreenshotAsync(page, "unit-search.png");
        await suggestion.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/units/AG_LXU");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Thành phố Long Xuyên");
        await ExpectSelectedAsync(page, "AG_LXU");

        // On a phone the box waits above the tree, behind the header's first button.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/units/AG");
        await Assertions.Expect(page.Locator("[data-testid='unit-search']")).ToBeHiddenAsync();
        await PhoneScreen.OpenDrawerAsync(page);
        await page.Locator("[data-testid='unit-search-phone'] input").FillAsync("tri ton");
        await Infrastructure.Browser.SaveScreenshotAsync(page, "unit-search-phone.png");
        await page.Locator("[data-testid='unit-suggestion'][data-code='AG_TTO']").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/units/AG_TTO");
        await Assertions.Expect(page.Locator(".hd-sidebar .hd-tree")).Not.ToBeInViewportAsync();
    }

    /// <summary>The one selected tree item is the unit's (a selected child inside an open branch would also be "inside" it).</summary>
    private static async Task ExpectSelectedAsync(IPage page, string code)
    {
        var selected = page.Locator(".hd-tree .mud-treeview-item-selected");
        await Assertions.Expect(selected).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($".hd-tree li[data-code='{code}']")).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("code => document.querySelector('.hd-tree .mud-treeview-item-selected')?.closest('li')?.dataset.code === code", code);
    }
}
