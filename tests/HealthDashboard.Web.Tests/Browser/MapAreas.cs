using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>The map's areas as map.js tags them (<c>path[data-code]</c>), and clicks on them as a person would make.</summary>
public static class MapAreas
{
    public static ILocator Area(IPage page, string code) => page.Locator($"[data-testid='map-canvas'] path[data-code='{code}']");

    public static ILocator All(IPage page) => page.Locator("[data-testid='map-canvas'] path[data-code]");

    /// <summary>
    /// Points at the middle of the area's box (the sample shapes are convex, so that point is inside the area), waits
    /// for its hover label as a person would see it, then clicks.
    /// </summary>
    public static async Task ClickAsync(IPage page, string code, string name)
    {
        var box = await Area(page, code).BoundingBoxAsync() ?? throw new InvalidOperationException($"{code} is not drawn on the map.");
        var (x, y) = (box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await page.Mouse.MoveAsync(x, y);
        await Assertions.Expect(page.Locator(".hoverlayer .hovertext")).ToContainTextAsync(name);
        await page.Mouse.ClickAsync(x, y);
    }

    /// <summary>Clicks the middle of the area at once, with no hover before it (a tap on a touch screen).</summary>
    public static async Task TapAsync(IPage page, string code)
    {
        var box = await Area(page, code).BoundingBoxAsync() ?? throw new InvalidOperationException($"{code} is not drawn on the map.");
        await page.Mouse.ClickAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
    }

    /// <summary>The legend's class keys in order: an area's <c>data-class</c> is an index into them.</summary>
    public static async Task<IReadOnlyList<string>> LegendKeysAsync(IPage page) =>
        await page.Locator("[data-testid='map-legend'] li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.key)");
}
