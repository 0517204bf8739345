using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>An officer's phone (390×844, as issue 13 names it) and the layout fault every page on it must avoid.</summary>
internal static class PhoneScreen
{
    public const int Width = 390;
    public const int Height = 844;

    public static Task UseAsync(IPage page) => page.SetViewportSizeAsync(Width, Height);

    /// <summary>
    /// Opens the unit drawer from the header's first button. The prerendered page has the drawer open; MudBlazor's
    /// responsive drawer folds itself (class mud-drawer--closed) once the circuit reports a phone's width, and a click
    /// before that would be undone, so the click waits for it.
    /// </summary>
    public static async Task OpenDrawerAsync(IPage page)
    {
        await Assertions.Expect(page.Locator(".hd-sidebar")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--closed"));
        await Assertions.Expect(page.Locator(".hd-sidebar .hd-tree")).Not.ToBeInViewportAsync();
        await page.Locator("[data-testid='drawer-toggle']").ClickAsync();
    }

    /// <summary>How far the page reaches past the screen's right edge, in CSS pixels (0 when it does not scroll sideways).</summary>
    public static Task<int> SidewaysAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    /// <summary>The elements that reach past the right edge, so a failure names what to fix.</summary>
    public static Task<string[]> WiderThanTheScreenAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && e.getClientRects().length > 0)
            .slice(0, 8)
            .map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '')
                + ' right=' + Math.round(e.getBoundingClientRect().right))
        """);
}
