using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>The rankings page and its exports in real Chromium against the real app process, on the shared seeded database.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class RankingsPageTests(SeededAppFixture app, ITestOutputHelper output)
{
    private static readonly int LastYear = ExpectedFigures.CurrentYear - 1;

    [Fact]
    public async Task InfantMortalityIsRankedLowestFirstWithTheComputedFiguresAndTheExportsHoldWhatThePageShows()
    {
        var expected = await ExpectedFigures.ForAsync(app.Database, "AG_LXU");
        var communes = expected.Tree.ChildrenOf(expected.Unit).Where(u => u.Kind == OrgUnitKind.Commune).ToList();
        var figures = new Dictionary<string, double?>();
        foreach (var commune in communes)
        {
            figures[commune.Code] = (await ExpectedFigures.ForAsync(app.Database, commune.Code)).ValueIn("IMR", LastYear).Value;
        }

        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await PagesBrowser.OpenAsync(browser, web.BaseAddress);

        await page.GotoAsync($"/rankings?indicator=IMR&unit=AG_LXU&period={LastYear}");
        var chart = await PagesBrowser.ChartAsync(page, "ranking-chart");

        // Bars best first (lowest mortality), each equal to the rate computed from the raw values.
        var order = chart.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!).ToList();
        var bars = chart.GetProperty("data").EnumerateArray()
            .SelectMany(t => t.GetProperty("y").EnumerateArray().Zip(t.GetProperty("x").EnumerateArray()))
            .ToDictionary(p => p.First.GetString()!, p => p.Second.GetDouble());
        Assert.Equal(figures.Where(f => f.Value is not null).OrderBy(f => f.Value).ThenBy(f => f.Key).Select(f => f.Value!.Value), order.Select(c => bars[c]).OrderBy(v => v));
        Assert.Equal(order.Select(c => bars[c]).Order(), order.Select(c => bars[c]));
        Assert.All(order, code => Assert.Equal(figures[code]!.Value, bars[code], 9));
        Assert.Single(chart.GetProperty("shapes").EnumerateArray()); // the target line
        var tableCodes = await page.Locator("[data-testid='ranking-table'] [data-testid='ranking-unit']").EvaluateAllAsync<string[]>("links => links.map(a => a.dataset.code)");
        Assert.Equal(order, tableCodes.Take(order.Count));
        await SortsAndFindsAsync(page, tableCodes);
        await Assertions.Expect(page.Locator(".hd-breadcrumb")).ToContainTextAsync("An Giang");
        await SaveScreenshotAsync(page, "rankings.png");

        // CSV: same order and values as the page, rounded as shown, with the BOM Excel needs.
        var csv = await DownloadAsync(page, "export-csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Hạng,Mã chỉ tiêu,Mã đơn vị", lines[0], StringComparison.Ordinal);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(tableCodes, rows.Select(r => r[2]));
        Assert.All(rows.Take(order.Count), r => Assert.Equal(Math.Round(bars[r[2]], 1), double.Parse(r[5], CultureInfo.InvariantCulture)));

        // XLSX: the same rows, read back with OpenXml.
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(await DownloadAsync(page, "export-xlsx")), false);
        var sheetRows = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Skip(1).ToList();
        Assert.Equal(tableCodes, sheetRows.Select(r => r.Elements<Cell>().ElementAt(2).InlineString!.InnerText));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator(".hd-export-buttons").IsVisibleAsync());
        Assert.False(await page.Locator(".hd-sidebar").IsVisibleAsync());
        await SaveScreenshotAsync(page, "rankings-print.png");

        // As a wall slide shows it: dark and high contrast, text of at least 28 px.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        await page.GotoAsync($"/rankings?indicator=IMR&unit=AG_LXU&period={LastYear}&wall=true");
        await PagesBrowser.ChartAsync(page, "ranking-chart");
        var wall = await page.Locator("[data-testid='ranking-chart']").EvaluateAsync<double[]>(
            "el => [el.layout.font.size, el.layout.paper_bgcolor === '#000000' ? 1 : 0, el.layout.font.color === '#FFFFFF' ? 1 : 0]");
        Assert.Equal([28.0, 1.0, 1.0], wall);
        await SaveScreenshotAsync(page, "rankings-wall.png");
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string testId)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($"[data-testid='{testId}']").ClickAsync());
        var path = await download.PathAsync();
        return await File.ReadAllBytesAsync(path);
    }

    private async Task SaveScreenshotAsync(IPage page, string name) =>
        output.WriteLine($"Screenshot: {await Infrastructure.Browser.SaveScreenshotAsync(page, name)}");

    /// <summary>
    /// The table is a MudDataGrid: the unit column sorts by name on a click (Vietnamese order, as the server sorts), and
    /// a name typed without tone marks keeps only the units it names. Both leave the ranking as it was once undone.
    /// </summary>
    private static async Task SortsAndFindsAsync(IPage page, string[] rankedCodes)
    {
        var links = page.Locator("[data-testid='ranking-table'] [data-testid='ranking-unit']");
        var names = await links.AllInnerTextsAsync();
        await page.Locator("[data-testid='ranking-table'] th .sortable-column-header").Filter(new() { HasTextRegex = new Regex("^Đơn vị$") }).ClickAsync();
        var byName = names.Order(StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false)).ToArray();
        await Assertions.Expect(links).ToHaveTextAsync(byName);

        var wanted = names[^1];
        var typed = HealthDashboard.Web.Features.Units.UnitNameSearch.Fold(wanted);
        var matching = byName.Where(n => HealthDashboard.Web.Features.Units.UnitNameSearch.Fold(n).Contains(typed, StringComparison.Ordinal)).ToArray();
        Assert.NotEqual(names.Count, matching.Length);
        await page.Locator("[data-testid='ranking-search'] input").FillAsync(typed);
        await Assertions.Expect(links).ToHaveTextAsync(matching);

        await page.Locator("[data-testid='ranking-search'] input").FillAsync("");
        await page.Locator("[data-testid='ranking-table'] th .sortable-column-header").Filter(new() { HasTextRegex = new Regex("^#$") }).ClickAsync();
        // Waits for the ranking's order itself: the count comes back with the cleared search, before the sort's render.
        await Assertions.Expect(links).ToHaveTextAsync(names.ToArray());
        Assert.Equal(rankedCodes, await links.EvaluateAllAsync<string[]>("links => links.map(a => a.dataset.code)"));
    }
}
