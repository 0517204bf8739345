using System.Globalization;
using System.Net.Http.Json;
using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Jobs;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// Every page a Long Xuyên officer works in, on their phone (390×844), each with rows in its tables: none scrolls
/// sideways, the tables are cards, and a full-page screenshot of each is left in artifacts/screenshots/phone-*.png.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class OfficerPhonePagesTests(SeededAppFixture app, ITestOutputHelper output)
{
    private const string Station = "AG_LXU_04_TYT";

    private static readonly Period LastMonth = Period.MonthOf(DateOnly.FromDateTime(
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")).DateTime)).Previous();

    [Fact]
    public async Task NoOfficerPageScrollsSidewaysOnAPhoneAndTheirTablesAreCards()
    {
        using var copy = await app.CopyAsync();
        var database = new Database(new DatabaseOptions { ConnectionString = copy.ConnectionString });
        await TestCredentials.CreateUserAsync(database, ReportFormApp.Officer, "Officer", "AG_LXU", ReportFormApp.OfficerPassword, "Cán bộ Long Xuyên");
        await AddAQualityFindingAsync(database);
        using var web = await WebAppProcess.StartAsync(copy.ConnectionString, TimeSpan.FromMinutes(2));
        await ReopenThroughTheApiAsync(web);
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewSignedInPageAsync(web.BaseAddress, ReportFormApp.Officer, ReportFormApp.OfficerPassword);
        page.SetDefaultTimeout(PagesBrowser.TimeoutMs);
        Assertions.SetDefaultExpectTimeout(PagesBrowser.TimeoutMs);
        await PhoneScreen.UseAsync(page);

        // A file with a rejected row, so /import has a history and its preview a list of rejections.
        await page.GotoAsync("/import");
        var csv = $"data_element,org_unit,period,value,comment\nPC_VISITS,{Station},{LastMonth},mười,\n";
        await page.SetInputFilesAsync("[data-testid=import-file]", new FilePayload { Name = "thang.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await page.ClickAsync("[data-testid=import-upload]");
        await Assertions.Expect(page.Locator("[data-testid=import-rejection]")).ToHaveCountAsync(1);
        var preview = new Uri(page.Url).PathAndQuery;

        var visits = new (string Name, string Path, string Ready, string? Cards)[]
        {
            ("report-list", "/report", "[data-testid='report-list'] tbody tr", "[data-testid='report-list']"),
            ("report-form", $"/report/{Station}/{LastMonth}", $"#f-PC_VISITS", null),
            ("import", "/import", "[data-testid='import-history-row']", "[data-testid='import-history']"),
            ("import-preview", preview, "[data-testid='import-rejection']", "[data-testid='import-rejections']"),
            ("quality", "/quality?from=01/2023&to=01/2023", "[data-testid='quality-findings'] tr[data-id]", "[data-testid='quality-findings']"),
            ("map", "/map?unit=AG_LXU", "[data-chart='drawn'] [data-testid='map-canvas']", null),
            ("map-districts", "/map?unit=AG", "[data-chart='drawn'] [data-testid='map-canvas']", null),
            ("rankings", "/rankings?indicator=IMR&unit=AG_LXU", "[data-chart='drawn'] [data-testid='ranking-chart']", "[data-testid='ranking-table']"),
            ("trends", "/trends?indicator=IMR&unit=AG_LXU", "[data-chart='drawn'] [data-testid='trend-chart']", null),
            ("unit", "/units/AG_LXU", "[data-testid='completeness']", null),
        };

        var faults = new List<string>();
        foreach (var (name, path, ready, listed) in visits)
        {
            var cards = listed;
            await page.GotoAsync(path);
            await page.Locator(ready).First.WaitForAsync();
            if (name == "unit")
            {
                // Last month, reopened above: the station is on the not-reported list, a table of the section.
                await MudSelects.PickAsync(page, "completeness-month", PeriodFormatter.Format(LastMonth, CultureInfo.GetCultureInfo("vi-VN")));
                await page.Locator($"[data-testid='not-reported'] tr[data-station='{Station}']").WaitForAsync();
                cards = "[data-testid='not-reported']";
            }

            if (cards is not null)
            {
                await ExpectCardsAsync(page, cards, name);
            }

            if (name.StartsWith("map", StringComparison.Ordinal) && await MapShareOfTheWidthAsync(page) is var share and < 0.8)
            {
                faults.Add($"{path}: the map's shapes take {share:P0} of its box's width");
            }

            if (name.StartsWith("map", StringComparison.Ordinal) && await OverlappingNamesAsync(page) is { Length: > 0 } overlapping)
            {
                faults.Add($"{path}: area names overlap: {string.Join("; ", overlapping)}");
            }

            if (name == "rankings" && await TextsPastTheChartAsync(page) is { Length: > 0 } cut)
            {
                faults.Add($"{path}: the ranking's texts run past its box: {string.Join(", ", cut)}");
            }

            if (name == "trends" && await RotatedAxisLabelsAsync(page) is { Length: > 0 } rotated)
            {
                faults.Add($"{path}: the time axis's labels are turned ({string.Join(", ", rotated)}): too many for the phone's width");
            }

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath($"phone-{name}.png"), FullPage = true });
            if (await PhoneScreen.SidewaysAsync(page) is var sideways and > 0)
            {
                faults.Add($"{path} scrolls {sideways} px sideways: {string.Join(", ", await PhoneScreen.WiderThanTheScreenAsync(page))}");
            }
        }

        output.WriteLine($"{visits.Length} pages at {PhoneScreen.Width}×{PhoneScreen.Height} in {RepositoryPaths.Screenshots}");
        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults));
    }

    /// <summary>
    /// The ranking chart's texts (units' names, values, the target, the legend) that lie outside the chart's box, once
    /// the chart has had the time to learn the screen's width and draw again (empty then); the list at the time-out.
    /// </summary>
    private static async Task<string[]> TextsPastTheChartAsync(IPage page)
    {
        const string Cut = """
            () => {
              const chart = document.querySelector("[data-testid='ranking-chart']");
              const box = chart.closest('.hd-chart-frame').getBoundingClientRect();
              return [...chart.querySelectorAll('text')].map(t => ({ text: t.textContent, r: t.getBoundingClientRect() }))
                .filter(t => t.text && t.r.width > 0 && (t.r.left < box.left - 1 || t.r.right > box.right + 1)).map(t => t.text);
            }
            """;
        try
        {
            await page.WaitForFunctionAsync($"({Cut})().length === 0", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
            return [];
        }
        catch (Exception error) when (error is PlaywrightException or System.TimeoutException)
        {
            return await page.EvaluateAsync<string[]>(Cut);
        }
    }

    /// <summary>The trend's x-axis labels that plotly has turned to fit them (it writes a rotate() into their transform).</summary>
    private static Task<string[]> RotatedAxisLabelsAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => [...document.querySelectorAll("[data-testid='trend-chart'] .xtick text")]
            .filter(t => /rotate\((?!0[,)])/.test(t.getAttribute('transform') || ''))
            .map(t => t.textContent)
        """);

    /// <summary>How much of the map box's width its drawn shapes take (a tall district's map should fill a phone's width).</summary>
    private static Task<double> MapShareOfTheWidthAsync(IPage page) => page.EvaluateAsync<double>("""
        () => document.querySelector('.choroplethlayer').getBoundingClientRect().width
            / document.querySelector("[data-testid='map-canvas']").getBoundingClientRect().width
        """);

    /// <summary>
    /// The pairs of area names on the map that cover each other by more than a fifth of the smaller one's box (a
    /// touch of their halos is fine; a name written over another is not).
    /// </summary>
    private static Task<string[]> OverlappingNamesAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => {
          const names = [...document.querySelectorAll("[data-testid='map-canvas'] .scatterlayer text")]
            .map(t => ({ text: t.textContent, box: t.getBoundingClientRect() })).filter(n => n.text && n.box.width > 0);
          const pairs = [];
          for (let i = 0; i < names.length; i++)
            for (let j = i + 1; j < names.length; j++) {
              const a = names[i].box, b = names[j].box;
              const w = Math.min(a.right, b.right) - Math.max(a.left, b.left), h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              if (w > 0 && h > 0 && w * h > 0.2 * Math.min(a.width * a.height, b.width * b.height)) pairs.push(names[i].text + ' / ' + names[j].text);
            }
          return pairs;
        }
        """);

    /// <summary>A table as cards: its first row as wide as the table, its cells under each other, each named.</summary>
    private static async Task ExpectCardsAsync(IPage page, string table, string name)
    {
        var row = page.Locator($"{table} tbody tr").First;
        var cells = row.Locator("> td, > th");
        var first = await cells.Nth(0).BoundingBoxAsync();
        var second = await cells.Nth(1).BoundingBoxAsync();
        Assert.True(second!.Y >= first!.Y + first.Height - 1, $"{name}: the second cell sits beside the first, not under it");
        // Our hd-stack tables make the row a block; MudDataGrid's phone layout keeps it a table row of one column.
        var (rowBox, tableBox) = (await row.BoundingBoxAsync(), await page.Locator(table).First.BoundingBoxAsync());
        Assert.True(rowBox!.Width >= tableBox!.Width * 0.9, $"{name}: the first row is {rowBox.Width} px of a {tableBox.Width} px table, not a card");
        var label = await cells.Nth(1).EvaluateAsync<string>("el => getComputedStyle(el, '::before').content");
        Assert.True(label is not ("none" or "normal" or "\"\""), $"{name}: the second cell shows no column label ({label})");
    }

    private static async Task AddAQualityFindingAsync(Database database)
    {
        // More vaccinated pregnant women than pregnant women at the station in January 2023.
        await using (var context = database.Context())
        {
            await context.Database.ExecuteSqlAsync($"""
                UPDATE data_value SET value = 900 WHERE period = '202301' AND data_element_id = (SELECT id FROM data_element WHERE code = 'PREG_TT')
                AND org_unit_id = (SELECT id FROM org_unit WHERE code = {Station})
                """);
        }

        await new DataQualityStore(database).RebuildAsync(PartWholePair.From(await new CatalogStore(database).LoadAsync()), new HashSet<long>(), null);
    }

    /// <summary>Last month's report of the station, reopened through the API so the running app's aggregates know it.</summary>
    private static async Task ReopenThroughTheApiAsync(WebAppProcess web)
    {
        using var http = new HttpClient { BaseAddress = web.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", web.ApiKey);
        var response = await http.PostAsJsonAsync("/api/dataValueSets", new
        {
            dataValues = new[] { "REPORT_DUE", "REPORT_DONE", "REPORT_ON_TIME" }.Select(code => new
            {
                dataElement = code, orgUnit = Station, period = LastMonth.ToString(), value = code == "REPORT_DUE" ? "1" : "0",
            }),
        });
        response.EnsureSuccessStatusCode();
    }

    private static string ScreenshotPath(string name)
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        return Path.Combine(RepositoryPaths.Screenshots, name);
    }
}
