using System.Text.Json;
using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// The map's areas as plotly drew them: the paths of the first choropleth trace (the areas; the second one outlines
/// districts), each bound to its unit code (<c>__data__.loc</c>), and their fill as painted. Clicks on them as a person
/// would make them.
/// </summary>
public static class MapAreas
{
    private const string Canvas = "[data-testid='map-canvas']";

    // The areas' paths: plotly binds each trace's group to its calcdata, whose first point names the trace.
    private const string AreaPaths =
        "el => [...el.querySelectorAll('g.trace.choropleth')].filter(g => g.__data__?.[0]?.trace?.index === 0).flatMap(g => [...g.querySelectorAll('path.choroplethlocation')])";

    /// <summary>Waits until the map is drawn (its frame says so) and returns the number of areas on it.</summary>
    public static async Task<int> CountAsync(IPage page)
    {
        await page.Locator($"[data-chart='drawn'] > {Canvas}").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        return await page.Locator(Canvas).EvaluateAsync<int>($"el => ({AreaPaths})(el).length");
    }

    /// <summary>Waits until the map is drawn (clicks listened for) with exactly <paramref name="count"/> areas (a drill draws a new map).</summary>
    public static async Task ExpectCountAsync(IPage page, int count) =>
        await page.WaitForFunctionAsync($"n => {{ const el = document.querySelector(\"[data-chart='drawn'] > {Canvas}\"); return !!el && ({AreaPaths})(el).length === n; }}", count);

    /// <summary>Waits until the area is drawn and returns its box on screen.</summary>
    public static async Task<LocatorBoundingBoxResult> BoxAsync(IPage page, string code)
    {
        var found = await page.WaitForFunctionAsync(
            $"code => {{ const el = document.querySelector(\"{Canvas}\"); const p = el && ({AreaPaths})(el).find(p => p.__data__.loc === code); if (!p) return null; const r = p.getBoundingClientRect(); return {{ x: r.x, y: r.y, width: r.width, height: r.height }}; }}",
            code);
        var box = await found.JsonValueAsync<JsonElement>();
        return new LocatorBoundingBoxResult
        {
            X = box.GetProperty("x").GetSingle(), Y = box.GetProperty("y").GetSingle(),
            Width = box.GetProperty("width").GetSingle(), Height = box.GetProperty("height").GetSingle(),
        };
    }

    /// <summary>Waits until the area is drawn and returns its fill as painted ("rgb(0, 114, 178)").</summary>
    public static async Task<string> FillAsync(IPage page, string code)
    {
        await BoxAsync(page, code);
        return await page.Locator(Canvas).EvaluateAsync<string>($"(el, code) => getComputedStyle(({AreaPaths})(el).find(p => p.__data__.loc === code)).fill", code);
    }

    /// <summary>Waits (at most <paramref name="timeoutMs"/>) until the area is painted <paramref name="fill"/>.</summary>
    public static async Task WaitForFillAsync(IPage page, string code, string fill, float timeoutMs) =>
        await page.WaitForFunctionAsync(
            $"([code, fill]) => {{ const el = document.querySelector(\"{Canvas}\"); const p = el && ({AreaPaths})(el).find(p => p.__data__.loc === code); return !!p && getComputedStyle(p).fill === fill; }}",
            new[] { code, fill }, new PageWaitForFunctionOptions { Timeout = timeoutMs });

    /// <summary>Waits until the map is drawn and returns its legend's colours by class key ("achieved", "off_track", …), as painted.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> LegendColoursAsync(IPage page)
    {
        await CountAsync(page);
        return await page.Locator("[data-testid='map-legend'] li").EvaluateAllAsync<Dictionary<string, string>>(
            "items => Object.fromEntries(items.map(i => [i.dataset.key, getComputedStyle(i.querySelector('.hd-map-swatch')).backgroundColor]))");
    }

    /// <summary>
    /// Points at the middle of the area's box (the sample shapes are convex, so that point is inside the area), waits
    /// for its hover label as a person would see it, then clicks.
    /// </summary>
    public static async Task ClickAsync(IPage page, string code, string name)
    {
        var box = await BoxAsync(page, code);
        var (x, y) = (box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await page.Mouse.MoveAsync(x, y);
        await Assertions.Expect(page.Locator(".hoverlayer .hovertext")).ToContainTextAsync(name);
        await page.Mouse.ClickAsync(x, y);
    }

    /// <summary>Clicks the middle of the area at once, with no hover before it (a tap on a touch screen).</summary>
    public static async Task TapAsync(IPage page, string code)
    {
        var box = await BoxAsync(page, code);
        await page.Mouse.ClickAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
    }
}
