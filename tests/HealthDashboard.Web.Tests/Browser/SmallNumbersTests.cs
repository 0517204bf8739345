using System.Text.Json;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// Communes' infant mortality rests on a few deaths a year: the map and the ranking mark every unstable commune (fewer
/// than 20 deaths or under 100 births, by the reference calculator), count them in the legend, give their 95 %
/// interval, and leave those whose interval holds An Giang's 2025 target (≤ 12,5 ‰) unjudged.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class SmallNumbersTests(SeededAppFixture app, ITestOutputHelper output)
{
    private const string NotEnoughData = "not_enough_data";
    private static readonly int LastYear = ExpectedFigures.CurrentYear - 1;

    [Fact]
    public async Task ACommuneMapAndARankingMarkAndCountTheUnstableCommunes()
    {
        var expected = await ExpectedFigures.ForAsync(app.Database, "AG_LXU");
        var unstable = new HashSet<string>();
        foreach (var commune in expected.Tree.ChildrenOf(expected.Unit).Where(u => u.Kind == OrgUnitKind.Commune))
        {
            if ((await ExpectedFigures.ForAsync(app.Database, commune.Code)).ValueIn("IMR", LastYear).Unstable)
            {
                unstable.Add(commune.Code);
            }
        }

        Assert.NotEmpty(unstable);
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await PagesBrowser.OpenAsync(browser, web.BaseAddress);

        // The map: each unstable commune flagged in the table, their number in the legend's note, and the unjudged
        // ones a legend entry of their own whose count is theirs.
        await page.GotoAsync($"/map?indicator=IMR&level=commune&period={LastYear}&unit=AG_LXU");
        await MapAreas.ExpectCountAsync(page, expected.Tree.ChildrenOf(expected.Unit).Count(u => u.Kind == OrgUnitKind.Commune));
        var flagged = await page.Locator("details.hd-map-table tbody tr[data-unstable='true']").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.code)");
        Assert.Equal(unstable.Order(), flagged.Order());
        await Assertions.Expect(page.Locator("[data-testid='small-denominators']")).ToHaveAttributeAsync("data-count", unstable.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("[data-testid='small-denominators']")).ToContainTextAsync($"{unstable.Count} đơn vị số nhỏ");
        var unjudged = await page.Locator($"details.hd-map-table tbody tr[data-key='{NotEnoughData}']").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.code)");
        Assert.NotEmpty(unjudged);
        Assert.Subset(unstable, unjudged.ToHashSet());
        var entry = page.Locator($"[data-testid='map-legend'] li[data-key='{NotEnoughData}']");
        await Assertions.Expect(entry).ToHaveAttributeAsync("data-count", unjudged.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(entry).ToContainTextAsync("Chưa đủ số liệu để kết luận");
        var box = await MapAreas.BoxAsync(page, unjudged[0]);
        await page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await Assertions.Expect(page.Locator(".hoverlayer .hovertext")).ToContainTextAsync("KTC 95 %");
        output.WriteLine($"Screenshot: {await Infrastructure.Browser.SaveScreenshotAsync(page, "map-small-numbers.png")}");

        // The ranking: hatched bars with error bars for the same communes, counted in the note and in the legend.
        await page.GotoAsync($"/rankings?indicator=IMR&unit=AG_LXU&period={LastYear}");
        await PagesBrowser.ChartAsync(page, "ranking-chart");
        var traces = await page.Locator("[data-testid='ranking-chart']").EvaluateAsync<JsonElement>(
            "el => el.data.map(t => ({ name: t.name, status: t.meta.status, y: t.y, hatched: (t.marker.pattern?.shape || []).map(s => s === '/'), " +
            "plus: t.error_x?.array || [], minus: t.error_x?.arrayminus || [] }))");
        var bars = traces.EnumerateArray().SelectMany(t => t.GetProperty("y").EnumerateArray().Select((y, i) => (
            Code: y.GetString()!, Status: t.GetProperty("status").GetString(),
            Hatched: t.GetProperty("hatched").EnumerateArray().ElementAtOrDefault(i).ValueKind == JsonValueKind.True,
            Bar: t.GetProperty("plus").EnumerateArray().Select(v => v.GetDouble()).ElementAtOrDefault(i)
                + t.GetProperty("minus").EnumerateArray().Select(v => v.GetDouble()).ElementAtOrDefault(i)))).ToList();
        Assert.Equal(unstable.Order(), bars.Where(b => b.Hatched).Select(b => b.Code).Order());
        Assert.All(bars, b => Assert.Equal(unstable.Contains(b.Code), b.Bar > 0));
        Assert.Equal(unjudged.Order(), bars.Where(b => b.Status == NotEnoughData).Select(b => b.Code).Order());
        Assert.Contains(traces.EnumerateArray(), t => t.GetProperty("name").GetString() == $"Chưa đủ số liệu để kết luận ({unjudged.Length})");
        await Assertions.Expect(page.Locator("[data-testid='small-denominator-note']")).ToHaveAttributeAsync("data-count", unstable.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        output.WriteLine($"Screenshot: {await Infrastructure.Browser.SaveScreenshotAsync(page, "rankings-small-numbers.png")}");

        // The commune's own tile for that year: the same status, and the interval written under the value.
        await page.GotoAsync($"/units/{unjudged[0]}?year={LastYear}");
        var tile = page.Locator("[data-indicator='IMR']");
        await Assertions.Expect(tile.Locator("[data-testid='status-chip']")).ToHaveAttributeAsync("data-status", "not-enough-data");
        await Assertions.Expect(tile.Locator("[data-testid='tile-interval']")).ToContainTextAsync("KTC 95 %");
        await page.EvaluateAsync("() => document.querySelector(\"[data-indicator='IMR']\").scrollIntoView({ block: 'center' })");
        output.WriteLine($"Screenshot: {await Infrastructure.Browser.SaveScreenshotAsync(page, "tile-small-numbers.png")}");
    }
}
