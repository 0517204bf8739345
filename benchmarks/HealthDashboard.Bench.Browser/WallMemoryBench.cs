using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace HealthDashboard.Bench.Browser;

/// <summary>
/// Server memory of an idle wall circuit: the managed heap (after a full compacting GC, from
/// <c>/api/diagnostics/memory</c>) with N wall pages open and rendered, minus the heap with none, divided by N.
/// The app must run with <c>Diagnostics__Enabled=true</c>.
/// </summary>
internal static class WallMemoryBench
{
    public static async Task<int> RunAsync(string url, string playlist, int pages, int idleSeconds)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var before = await MeasureAsync(http);
        Console.WriteLine($"before: {before.ManagedBytes:N0} B managed, {before.Circuits} circuits");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var contexts = new List<IBrowserContext>();
        for (var i = 0; i < pages; i++)
        {
            var context = await Chromium.FullHdAsync(browser, url);
            contexts.Add(context);
            var page = await context.NewPageAsync();
            await page.GotoAsync($"/wall/{playlist}");
            await page.Locator("[data-testid='wall-slide']").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        }

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

    private static async Task<Memory> MeasureAsync(HttpClient http) =>
        await http.GetFromJsonAsync<Memory>("/api/diagnostics/memory", new JsonSerializerOptions(JsonSerializerDefaults.Web))
        ?? throw new InvalidOperationException("No answer from /api/diagnostics/memory (is Diagnostics__Enabled=true?).");

    private sealed record Memory(long ManagedBytes, long WorkingSetBytes, int Circuits);
}
