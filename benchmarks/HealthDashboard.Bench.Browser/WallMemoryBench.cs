using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace HealthDashboard.Bench.Browser;

/// <summary>
/// Server memory of an idle wall circuit: the managed heap (after a full compacting GC, from
/// <c>/api/diagnostics/memory</c>) with N more wall pages open and rendered, minus the heap before them, divided by N.
/// A few walls are opened first and counted in "before", so that what the first wall loads once for all (caches of
/// the catalog, tree and overview, Blazor's per-type metadata) is not charged to each circuit.
/// The app must run with <c>Diagnostics__Enabled=true</c>. Walls are opened as a wall PC opens them, through a kiosk
/// address (<c>/kiosk/{token}</c>); the memory endpoint is read with an API key.
/// </summary>
internal static class WallMemoryBench
{
    public static async Task<int> RunAsync(string url, string kioskToken, string apiKey, int pages, int idleSeconds, int warmPages)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        // Closed pages leave their circuits retained for a while (Blazor's DisconnectedCircuitRetentionPeriod, 3 min):
        // a measurement must not start with an earlier run's circuits still in the heap.
        await WaitForCircuitsAsync(http, 0);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var contexts = new List<IBrowserContext>();
        await OpenWallsAsync(browser, url, kioskToken, warmPages, contexts);
        await Task.Delay(TimeSpan.FromSeconds(idleSeconds));
        await WaitForCircuitsAsync(http, warmPages);
        var before = await MeasureAsync(http);
        Console.WriteLine($"before: {before.ManagedBytes:N0} B managed, {before.Circuits} circuits ({warmPages} warm-up walls)");

        await OpenWallsAsync(browser, url, kioskToken, pages, contexts);

        Console.WriteLine($"{pages} walls open; idle for {idleSeconds} s");
        await Task.Delay(TimeSpan.FromSeconds(idleSeconds));
        var after = await MeasureAsync(http);
        var perCircuit = (after.ManagedBytes - before.ManagedBytes) / (double)pages;
        Console.WriteLine($"after: {after.ManagedBytes:N0} B managed, {after.Circuits} circuits, working set {after.WorkingSetBytes:N0} B");
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }

        Console.WriteLine(JsonSerializer.Serialize(new
        {
            walls = pages,
            circuits = after.Circuits - before.Circuits,
            managed_before_bytes = before.ManagedBytes,
            managed_after_bytes = after.ManagedBytes,
            per_wall_kb = Math.Round(perCircuit / 1024, 1),
        }));
        return after.Circuits - before.Circuits == pages ? 0 : 1;
    }

    private static async Task OpenWallsAsync(IBrowser browser, string url, string kioskToken, int count, List<IBrowserContext> contexts)
    {
        for (var i = 0; i < count; i++)
        {
            var context = await Chromium.FullHdAsync(browser, url);
            contexts.Add(context);
            var page = await context.NewPageAsync();
            await page.GotoAsync($"/kiosk/{kioskToken}");
            await page.Locator("[data-testid='wall-slide']").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        }
    }

    private static async Task WaitForCircuitsAsync(HttpClient http, int count)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while ((await MeasureAsync(http)).Circuits != count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The app still holds other circuits than the {count} expected.");
            }

            Console.WriteLine("waiting for earlier circuits to be released…");
            await Task.Delay(TimeSpan.FromSeconds(15));
        }
    }

    private static async Task<Memory> MeasureAsync(HttpClient http) =>
        await http.GetFromJsonAsync<Memory>("/api/diagnostics/memory", new JsonSerializerOptions(JsonSerializerDefaults.Web))
        ?? throw new InvalidOperationException("No answer from /api/diagnostics/memory (is Diagnostics__Enabled=true?).");

    private sealed record Memory(long ManagedBytes, long WorkingSetBytes, int Circuits);
}
