using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace HealthDashboard.Bench.Browser;

/// <summary>
/// "Map page ready": from the navigation's start to the map's areas painted (its frame says drawn and plotly's area
/// paths are in the page), each run in a fresh browser context (cold cache: plotly.js, the base topojson and the
/// shapes are fetched every time, as on a first visit). Timed by the page's own clock, polled every animation frame.
/// </summary>
internal static class MapReadyBench
{
    // Both builds: Plotly.Blazor's frame says drawn; the earlier map.js marked the canvas itself.
    private const string Ready =
        "() => { const el = document.querySelector(\"[data-chart='drawn'] > [data-testid='map-canvas'], [data-testid='map-canvas'][data-drawn='true']\"); return el && el.querySelector('path.choroplethlocation') ? performance.now() : null; }";

    public static async Task<int> RunAsync(string url, string path, int runs, string userName, string password)
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
            var ready = await page.WaitForFunctionAsync(Ready, null, new PageWaitForFunctionOptions { Timeout = 60_000 });
            var ms = await ready.JsonValueAsync<double>();
            // The first run warms the server (JIT, caches) and is not counted.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}{(run == 0 ? " (warm-up, not counted)" : "")}: map ready {ms:F0} ms"));
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
