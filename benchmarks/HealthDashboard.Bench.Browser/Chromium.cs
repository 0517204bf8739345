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

    /// <param name="signedIn">The cookies of an earlier sign-in (<see cref="SignedInStateAsync"/>); the cache is still cold.</param>
    public static Task<IBrowserContext> FullHdAsync(IBrowser browser, string baseUrl, string? signedIn = null) => browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = baseUrl,
        StorageState = signedIn,
        ViewportSize = new ViewportSize { Width = 1920, Height = 1080 },
    });

    /// <summary>
    /// Signs in once and returns the cookies, for the fresh context of each run: a sign-in per run would meet the app's
    /// limit of sign-ins a minute from one address (Security:SignInPerMinute, 20) on a fast machine, and wait out a 429.
    /// </summary>
    public static async Task<string> SignedInStateAsync(IBrowser browser, string baseUrl, string userName, string password)
    {
        await using var context = await FullHdAsync(browser, baseUrl);
        await SignInAsync(context, userName, password);
        return await context.StorageStateAsync();
    }

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
