using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace HealthDashboard.Bench.Browser;

/// <summary>
/// Largest contentful paint of a page, each run in a fresh browser context (cold cache: plotly.js and the CSS are
/// fetched every time, as on a first visit), reported by Chromium's own PerformanceObserver. The largest element of
/// the overview is the tile grid's text, which only appears once the circuit has computed the figures, so the
/// figure includes the Blazor connection and the server's work.
/// </summary>
internal static class LcpBench
{
    private const string ReadLcp =
        """
        () => new Promise(resolve => {
          new PerformanceObserver(list => {
            const entries = list.getEntries();
            const last = entries[entries.length - 1];
            resolve({ ms: last.startTime, element: last.element ? last.element.tagName + '.' + last.element.className : '' });
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        })
        """;

    /// <remarks>Each run opens a fresh context with the cookies of one sign-in made before the runs, then times the page alone.</remarks>
    public static async Task<int> RunAsync(string url, string path, string waitFor, int runs, string userName, string password)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var figures = new List<double>();
        var signedIn = await Chromium.SignedInStateAsync(browser, url, userName, password);
        for (var run = 0; run <= runs; run++)
        {
            await using var context = await Chromium.FullHdAsync(browser, url, signedIn);
            var page = await context.NewPageAsync();
            await page.GotoAsync(path);
            await page.Locator(waitFor).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            // LCP is final once the page is idle a moment after the content is there.
            await page.WaitForTimeoutAsync(1000);
            var lcp = await page.EvaluateAsync<JsonElement>(ReadLcp);
            var ms = lcp.GetProperty("ms").GetDouble();
            // The first run warms the server (JIT, caches) and is not counted.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}{(run == 0 ? " (warm-up, not counted)" : "")}: LCP {ms:F0} ms on {lcp.GetProperty("element").GetString()}"));
            if (run > 0)
            {
                figures.Add(ms);
            }
        }

        Console.WriteLine(JsonSerializer.Serialize(new
        {
            path,
            runs,
            p50_ms = Math.Round(Percentiles.Of(figures, 50)),
            p95_ms = Math.Round(Percentiles.Of(figures, 95)),
            max_ms = Math.Round(figures.Max()),
        }));
        return 0;
    }
}
