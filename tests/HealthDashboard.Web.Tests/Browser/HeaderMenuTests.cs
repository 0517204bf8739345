using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>The header's menus: the admin pages in one menu on a desk; on an officer's phone (390×844) every link in one menu, and the unit tree over the page.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class HeaderMenuTests(SeededAppFixture app)
{
    [Fact]
    public async Task OnADeskTheAdminMenuOpensOnAClickAndLeadsToItsPages()
    {
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await PagesBrowser.OpenAsync(browser, web.BaseAddress);
        await page.GotoAsync("/units/AG");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("An Giang");
        await Assertions.Expect(page.Locator("[data-testid='nav-audit']")).ToHaveCountAsync(0);

        await page.Locator("[data-testid='nav-admin'] button").ClickAsync();
        await page.Locator("[data-testid='nav-audit']").ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/audit");
        await Assertions.Expect(page.Locator("[data-testid='nav-audit']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task OnAPhoneTheHeaderFitsItsWidthAndItsLinksAreInOneMenu()
    {
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await PagesBrowser.OpenAsync(browser, web.BaseAddress);
        await page.SetViewportSizeAsync(390, 844);

        await page.GotoAsync("/units/AG_LXU");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Thành phố Long Xuyên");
        // The circuit's first render replaces the prerendered header: measured before that, the box can be of a detached node (null).
        await page.WaitUntilInteractiveAsync();

        // The desk links are gone, the header neither wraps nor runs off the screen, and the tree waits behind its button.
        await Assertions.Expect(page.Locator("[data-testid='nav-map']")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-testid='user-name']")).ToBeHiddenAsync();
        var header = await page.Locator(".hd-header").BoundingBoxAsync();
        Assert.True(header!.Height <= 64, $"the header is {header.Height} px high: it wraps");
        Assert.True(await page.Locator(".hd-header-row").EvaluateAsync<bool>("el => el.scrollWidth <= el.clientWidth"), "the header runs off the screen");
        await Assertions.Expect(page.Locator(".hd-sidebar .hd-tree")).Not.ToBeInViewportAsync();
        await Infrastructure.Browser.SaveScreenshotAsync(page, "phone-header.png");

        // The menu holds the same links: trends, then the language, in the page's own words.
        await page.Locator("[data-testid='phone-menu'] button").ClickAsync();
        await Infrastructure.Browser.SaveScreenshotAsync(page, "phone-menu-open.png");
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Xu hướng" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/trends");
        // The address changes before the circuit has rendered the new page, and that render closes an open menu.
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Xu hướng");

        await page.Locator("[data-testid='phone-menu'] button").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid='phone-password']")).ToBeVisibleAsync();
        await page.Locator("[data-testid='phone-language']").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.Equal("/trends", new Uri(page.Url).AbsolutePath);

        // The tree opens over the page from the header's first button, once the reloaded page has folded it away (MudBlazor's
        // responsive drawer closes itself when its script reports a phone's width: a click before that would be undone).
        await PhoneScreen.OpenDrawerAsync(page);
        await Assertions.Expect(page.Locator(".hd-sidebar .hd-tree")).ToBeInViewportAsync();
    }
}
