using System.Globalization;
using System.Text.RegularExpressions;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>The trends page in real Chromium against the real app process, on the shared seeded database.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class TrendsPageTests(SeededAppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task TrendsDrawTheUnitBoldItsParentDashedItsPeersThinAndThePlansRoadmapThenFollowTheControlsIntoEnglish()
    {
        var expected = await ExpectedFigures.ForAsync(app.Database, "AG_LXU");
        var peers = expected.Tree.ChildrenOf(expected.Tree.Find("AG")!).Count(u => u.Kind == OrgUnitKind.District) - 1;
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await PagesBrowser.OpenAsync(browser, web.BaseAddress);

        await page.GotoAsync("/trends?indicator=HI_COV&unit=AG_LXU&periodType=year");
        var chart = await PagesBrowser.ChartAsync(page, "trend-chart");

        var unit = Assert.Single(PagesBrowser.Traces(chart, "unit"));
        var parent = Assert.Single(PagesBrowser.Traces(chart, "parent"));
        Assert.Equal(expected.Unit.NameVi, unit.GetProperty("name").GetString());
        Assert.Equal("An Giang", parent.GetProperty("name").GetString());
        Assert.Equal("dash", parent.GetProperty("dash").GetString());
        Assert.Equal(peers, PagesBrowser.Traces(chart, "peer").Count());
        Assert.All(PagesBrowser.Traces(chart, "peer"), p => Assert.True(p.GetProperty("width").GetDouble() < unit.GetProperty("width").GetDouble()));
        // AG-NQ20: baseline 76.5 % in 2017, then targets for 2020, 2025 and 2030, each leg ending on its target.
        var legs = PagesBrowser.Traces(chart, "target").ToList();
        Assert.Equal(3, legs.Count);
        Assert.Equal(76.5, legs[0].GetProperty("y")[0].GetDouble());
        Assert.Equal([90.0, 95.0, 95.0], legs.Select(l => l.GetProperty("y").EnumerateArray().Last().GetDouble()));

        // The unit's line holds the figures computed independently from the raw values, year by year.
        var years = unit.GetProperty("x").EnumerateArray().Select(x => int.Parse(x.GetString()![..4], CultureInfo.InvariantCulture)).ToList();
        var values = unit.GetProperty("y").EnumerateArray().Select(y => y.GetDouble()).ToList();
        foreach (var (year, value) in years.Zip(values).Where(p => p.First < ExpectedFigures.CurrentYear))
        {
            Assert.Equal(expected.ValueIn("HI_COV", year).Value!.Value, value, 9);
        }

        await Assertions.Expect(page.Locator(".hd-breadcrumb")).ToContainTextAsync("An Giang");
        await SaveScreenshotAsync(page, "trends.png");

        // The CSV holds the unit's line point for point; a year not all due names its months ("202601-202610").
        var calendar = ProvinceCalendar.Now;
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid='export-csv']").ClickAsync());
        var unitRows = (await File.ReadAllTextAsync(await download.PathAsync())).Split("\r\n").Select(l => l.Split(','))
            .Where(r => r.Length > 5 && r[1] == "AG_LXU" && r[3] == "Đơn vị").ToList();
        Assert.Equal(years.Select(y => PeriodFormatter.YearThroughCode(y, calendar.IsYearDue(y) ? null : calendar.DueThrough(y))), unitRows.Select(r => r[4]));
        Assert.Equal(values.Select(v => Math.Round(v, 1)), unitRows.Select(r => double.Parse(r[5], CultureInfo.InvariantCulture)));

        // The toggle and the picker rewrite the link (replace, so the history does not grow) and redraw.
        var historyLength = await page.EvaluateAsync<int>("() => history.length");
        await page.Locator("[data-testid='period-type-toggle'] input[value='month']").CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("periodType=month"));
        await Assertions.Expect(page.Locator("[data-chart='drawn'] > [data-testid='trend-chart']")).ToHaveCountAsync(1);
        await page.WaitForFunctionAsync("() => { const el = document.querySelector(\"[data-testid='trend-chart']\"); return el && el.data && el.data.some(t => t.meta.role === 'unit' && t.x.length > 100); }");
        await MudSelects.PickAsync(page, "indicator-picker", "Tỷ suất tử vong trẻ em < 1 tuổi");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("indicator=IMR"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("tử vong");
        await MudSelects.PickAsync(page, "unit-picker", "An Giang");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("indicator=IMR&unit=AG&periodType=month$"));
        await Assertions.Expect(page.Locator("[data-testid='trend-unit']")).ToContainTextAsync("An Giang");
        Assert.Equal(historyLength, await page.EvaluateAsync<int>("() => history.length"));

        await page.Locator("a[data-culture='en-US']").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Trends: Infant mortality rate");
        await Assertions.Expect(page.Locator("[data-testid='period-type-toggle']")).ToContainTextAsync("Quarter");
        await page.WaitForFunctionAsync("() => { const el = document.querySelector(\"[data-testid='trend-chart']\"); return el && el.data && el.data.some(t => t.name === 'Peers'); }");
        await Assertions.Expect(page.Locator(".hd-nav")).ToContainTextAsync("Rankings");
        await SaveScreenshotAsync(page, "trends-en.png");
    }

    [Fact]
    public async Task TheComparisonIsChosenUnitsArePickedByNameAndACommuneDefaultsToQuarters()
    {
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await PagesBrowser.OpenAsync(browser, web.BaseAddress);
        const string Traces = "(document.querySelector(\"[data-testid='trend-chart']\")?.data ?? [])";

        // The parent only: the grey peers go.
        await page.GotoAsync("/trends?indicator=HI_COV&unit=AG_LXU&periodType=year");
        await PagesBrowser.ChartAsync(page, "trend-chart");
        await page.Locator("[data-testid='compare-toggle'] input[value='parent']").CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("compare=parent"));
        await page.WaitForFunctionAsync($"() => {{ const d = {Traces}; return d.some(t => t.meta.role === 'parent') && !d.some(t => t.meta.role === 'peer'); }}");

        // A unit picked by name (without tone marks) becomes a named line of its own, and its chip removes it.
        await page.Locator("[data-testid='compare-add'] input").FillAsync("chau doc");
        await page.Locator("[data-testid='unit-suggestion'][data-code='AG_CDO']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("with=AG_CDO"));
        await page.WaitForFunctionAsync($"() => {Traces}.some(t => t.meta.role === 'picked' && t.meta.code === 'AG_CDO' && t.name === 'Thành phố Châu Đốc')");
        await SaveScreenshotAsync(page, "trends-compare.png");
        await page.Locator("[data-testid='compare-units'] button[data-code='AG_CDO']").ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("with="));
        await page.WaitForFunctionAsync($"() => !{Traces}.some(t => t.meta.role === 'picked')");

        // A time range: from 2022, the unit's line starts in 2022.
        await MudSelects.PickAsync(page, "trend-from", "2022");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("from=2022"));
        await page.WaitForFunctionAsync($"() => {{ const u = {Traces}.find(t => t.meta.role === 'unit'); return u && u.x[0].startsWith('2022'); }}");

        // A commune's trend is quarterly unless a period type is asked for.
        await page.GotoAsync("/trends?indicator=IMR&unit=AG_LXU_01");
        await PagesBrowser.ChartAsync(page, "trend-chart");
        await Assertions.Expect(page.Locator("[data-testid='period-type-toggle'] label.active input")).ToHaveAttributeAsync("value", "quarter");

        // What the link gets wrong is said: an unknown comparison, a code that names no unit.
        await page.GotoAsync("/trends?indicator=HI_COV&unit=AG_LXU&compare=cousins&with=NOPE");
        await Assertions.Expect(page.Locator("[data-testid='compare-problem']")).ToContainTextAsync("cousins");
        await Assertions.Expect(page.Locator("[data-testid='trend-unknown']")).ToContainTextAsync("NOPE");
        await page.GotoAsync("/trends?indicator=HI_COV&unit=AG_LXU&from=1999");
        await Assertions.Expect(page.Locator("[data-testid='from-problem']")).ToContainTextAsync("1999");
    }

    private async Task SaveScreenshotAsync(IPage page, string name) =>
        output.WriteLine($"Screenshot: {await Infrastructure.Browser.SaveScreenshotAsync(page, name)}");
}
