using Microsoft.Playwright;

namespace HealthDashboard.Bench.Browser;

/// <summary>Debian's Chromium, headless, with the flags the sandbox here needs (as the browser tests use it).</summary>
internal static class Chromium
{
    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Environment.GetEnvironmentVariable("HD_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
        Headless = true,
        Args = Arguments,
    });

    public static Task<IBrowserContext> FullHdAsync(IBrowser browser, string baseUrl) => browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = baseUrl,
        ViewportSize = new ViewportSize { Width = 1920, Height = 1080 },
    });

    /// <summary>
    /// Signs the context in through the app's sign-in form (every page but the sign-in itself needs it). Only the cookie
    /// matters: the page it lands on is not waited for, which on a busy machine took longer than the bench allowed.
    /// </summary>
    public static async Task SignInAsync(IBrowserContext context, string userName, string password)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("[data-testid=login-username]", userName);
        await page.FillAsync("[data-testid=login-password]", password);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForURLAsync(u => !u.Contains("/account/", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 60_000, WaitUntil = WaitUntilState.Commit });
        await page.CloseAsync();
    }
}
