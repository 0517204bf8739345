using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Infrastructure;

/// <summary>
/// The overview is prerendered: its page is there before its circuit has started, and until then it takes no click
/// (site.css) and typing into it would be replaced by the circuit's first render. A test that acts on a freshly loaded
/// page waits for the layout to say it is interactive.
/// </summary>
public static class InteractivePages
{
    public static async Task WaitUntilInteractiveAsync(this IPage page)
    {
        // Pages outside the app's layout (sign-in, kiosk messages) have no marker and nothing to wait for.
        if (await page.Locator(".hd-layout[data-interactive]").CountAsync() > 0)
        {
            await page.Locator(".hd-layout[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        }
    }
}
