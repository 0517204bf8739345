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
}
