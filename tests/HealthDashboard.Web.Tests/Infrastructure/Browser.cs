using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Infrastructure;

/// <summary>Debian's Chromium driven by Playwright (Playwright cannot download its own browsers here).</summary>
public sealed class Browser : IAsyncDisposable
{
    // Without the background-networking flags the sandbox refuses Chromium's connections.
    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;

    private Browser(IPlaywright playwright, IBrowser chromium)
    {
        _playwright = playwright;
        Chromium = chromium;
    }

    public IBrowser Chromium { get; }

    public static string ExecutablePath => Environment.GetEnvironmentVariable("HD_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<Browser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
            });
            return new Browser(playwright, chromium);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A page at full-HD size, the size of the meeting-room screens the dashboard is made for, signed in as the test
    /// app's first admin through the real sign-in form (so every browser test also passes through it).
    /// </summary>
    public Task<IPage> NewPageAsync(Uri baseAddress) => NewSignedInPageAsync(baseAddress, TestCredentials.AdminUser, TestCredentials.AdminPassword);

    public async Task<IPage> NewSignedInPageAsync(Uri baseAddress, string userName, string password)
    {
        var page = await NewAnonymousPageAsync(baseAddress);
        await page.GotoAsync("/account/login");
        await page.FillAsync("[data-testid=login-username]", userName);
        await page.FillAsync("[data-testid=login-password]", password);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.OrdinalIgnoreCase), new PageWaitForURLOptions { Timeout = 30_000 });
        await page.WaitUntilInteractiveAsync();
        return page;
    }

    /// <summary>A page with no sign-in: what anyone who finds the address sees.</summary>
    public async Task<IPage> NewAnonymousPageAsync(Uri baseAddress)
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1920, Height = 1080 },
            Locale = "en-US",
        });
        return await context.NewPageAsync();
    }

    /// <summary>Saves what the page shows to artifacts/screenshots/ (git-ignored) and returns the file's path.</summary>
    public static async Task<string> SaveScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        var path = Path.Combine(RepositoryPaths.Screenshots, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        _playwright.Dispose();
    }
}
