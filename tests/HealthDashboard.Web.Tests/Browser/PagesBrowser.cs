using System.Text.Json;
using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>What the trends and rankings tests read from a drawn Plotly chart (its <c>data</c> and <c>layout</c>).</summary>
internal static class PagesBrowser
{
    public const float TimeoutMs = 60_000;

    /// <summary>Waits until the chart shows snapshot figures and returns its traces as Plotly holds them.</summary>
    public static async Task<JsonElement> ChartAsync(IPage page, string testId)
    {
        var chart = page.Locator($"[data-chart='drawn'] > [data-testid='{testId}']");
        await chart.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        return await chart.EvaluateAsync<JsonElement>(
            "el => ({ data: el.data.map(t => ({ name: t.name, meta: t.meta, x: t.x, y: t.y, text: t.text, width: t.line?.width, dash: t.line?.dash, showlegend: t.showlegend })), categories: el.layout.yaxis.categoryarray || null, shapes: el.layout.shapes || [] })");
    }

    public static IEnumerable<JsonElement> Traces(JsonElement chart, string role) =>
        chart.GetProperty("data").EnumerateArray().Where(t => t.GetProperty("meta").TryGetProperty("role", out var r) && r.GetString() == role);

    public static async Task<IPage> OpenAsync(Infrastructure.Browser browser, Uri baseAddress)
    {
        var page = await browser.NewPageAsync(baseAddress);
        page.SetDefaultTimeout(TimeoutMs);
        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        return page;
    }
}
