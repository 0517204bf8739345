using System.Text.RegularExpressions;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>The map in real Chromium against the real app process, on the shared seeded database.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class MapPageTests(SeededAppFixture app, ITestOutputHelper output)
{
    private const float TimeoutMs = 60_000;

    private async Task<BrowserSession> OpenAsync()
    {
        var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewPageAsync(web.BaseAddress);
        page.SetDefaultTimeout(TimeoutMs);
        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        return new BrowserSession(web, browser, page);
    }

    /// <summary>The app process, the browser and its page of one test, closed together.</summary>
    private sealed record BrowserSession(WebAppProcess Web, Infrastructure.Browser Browser, IPage Page) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Browser.DisposeAsync();
            Web.Dispose();
        }
    }

    [Fact]
    public async Task FromTheOverviewTheMapDrillsIntoADistrictACommuneAndItsHealthStation()
    {
        var expected = await ExpectedFigures.ForAsync(app.Database, "AG");
        var districts = expected.Tree.ChildrenOf(expected.Unit).Where(u => u.Kind == OrgUnitKind.District).ToList();
        var district = districts.First(u => u.Code == "AG_LXU");
        var communes = expected.Tree.ChildrenOf(district).Where(u => u.Kind == OrgUnitKind.Commune).ToList();
        var commune = communes[0];
        var station = expected.Tree.ChildrenOf(commune).Single(u => u.Kind == OrgUnitKind.HealthStation);
        await using var session = await OpenAsync();
        var page = session.Page;

        await page.GotoAsync("/");
        await page.Locator("[data-testid='nav-map']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/map$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("An Giang");
        // The province opens on its districts: every one of them is a shape on the map.
        await MapAreas.ExpectCountAsync(page, districts.Count);
        await Assertions.Expect(page.Locator("[data-testid='map-legend'] li[data-key='no_data']")).ToContainTextAsync("Chưa có dữ liệu");

        // Pointing at another district first and then clicking this one at once must open this one (plotly alone would
        // name the area of its latest hover, which it refreshes only every 50 ms).
        var other = districts.First(d => d.Code != district.Code);
        var otherBox = await MapAreas.BoxAsync(page, other.Code);
        await page.Mouse.MoveAsync(otherBox.X + (otherBox.Width / 2), otherBox.Y + (otherBox.Height / 2));
        await Assertions.Expect(page.Locator(".hoverlayer .hovertext")).ToContainTextAsync(other.NameVi);
        await MapAreas.TapAsync(page, district.Code);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/map\\?.*unit={district.Code}"));
        Assert.Contains("level=commune", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(district.NameVi);
        await MapAreas.ExpectCountAsync(page, communes.Count);

        await MapAreas.ClickAsync(page, commune.Code, commune.NameVi);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/units/{commune.Code}$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(commune.NameVi);

        // The commune's own tree branch is open on its page: its health station is one click away.
        await page.Locator($"li[data-code='{station.Code}'] > .mud-treeview-item-content").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/units/{station.Code}$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(station.NameVi);
        Assert.EndsWith("_TYT", station.Code, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APanThatStartsAndEndsOnAnAreaMovesTheMapAndDrillsIntoNothing()
    {
        var expected = await ExpectedFigures.ForAsync(app.Database, "AG");
        var districts = expected.Tree.ChildrenOf(expected.Unit).Where(u => u.Kind == OrgUnitKind.District).ToList();
        var (panned, tapped) = (districts.First(d => d.Code == "AG_LXU"), districts.First(d => d.Code != "AG_LXU"));
        await using var session = await OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/map?unit=AG");
        await MapAreas.ExpectCountAsync(page, districts.Count);

        // A drag of 40 px from the middle of a district: the browser still fires a click where the button comes up.
        var before = await MapAreas.BoxAsync(page, panned.Code);
        var (x, y) = (before.X + (before.Width / 2), before.Y + (before.Height / 2));
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(x + 40, y + 20, new MouseMoveOptions { Steps = 8 });
        await page.Mouse.UpAsync();

        var after = await MapAreas.BoxAsync(page, panned.Code);
        Assert.True(Math.Abs(after.X - before.X) > 20, $"The map did not pan: the district moved {after.X - before.X} px.");
        // Had the pan drilled, the page would now show the district's communes and this district would not be found.
        await MapAreas.TapAsync(page, tapped.Code);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/map\\?.*unit={tapped.Code}"));
        Assert.DoesNotContain(panned.Code, page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMapAsksNoOtherHostForAnythingItsBaseMapComesFromTheApp()
    {
        await using var session = await OpenAsync();
        var page = session.Page;
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync("/map?indicator=HI_COV&level=commune&period=2024&unit=AG_LXU");
        Assert.True(await MapAreas.CountAsync(page) > 0, "The map drew no areas.");
        // Names on a district's communes (13, at most 30): plotly wrote them at the areas' centres.
        await Assertions.Expect(page.Locator("[data-testid='map-canvas'] .scatterlayer .trace.scattergeo text").First).ToBeAttachedAsync();

        var origin = new Uri(page.Url).GetLeftPart(UriPartial.Authority);
        Assert.DoesNotContain(requests, url => !url.StartsWith(origin, StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal));
        Assert.Contains(requests, url => url.EndsWith("/lib/topojson/asia_110m.json", StringComparison.Ordinal));
        // The page's head starts plotly.js; Plotly.Blazor's loader takes that script as its own instead of loading it again.
        Assert.Single(requests, url => url.EndsWith("/_content/Plotly.Blazor/plotly-3.7.0.min.js", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheYearSliderAnswersTheKeyboardAndPlayStepsThroughTheYearsInTheUrl()
    {
        // The slider ends with the year of the last month whose reports are all due.
        var lastYear = ProvinceCalendar.Now.LastDueMonth.Year;
        await using var session = await OpenAsync();
        var page = session.Page;
        await page.GotoAsync($"/map?indicator=IMR&level=district&period={lastYear - 2}&unit=AG");
        Assert.True(await MapAreas.CountAsync(page) > 0, "The map drew no areas.");

        // Keyboard only: Tab order reaches the slider, an arrow key moves it a year.
        await page.Locator("[data-testid='map-year']").FocusAsync();
        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"period={lastYear - 3}"));
        await Assertions.Expect(page.Locator("[data-testid='map-year-label']")).ToHaveTextAsync($"Năm {lastYear - 3}");
        Assert.Contains("indicator=IMR", page.Url, StringComparison.Ordinal);

        await page.Locator("[data-testid='map-play']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid='map-play']")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"period={lastYear - 2}"));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"period={lastYear}"));
        // At the last year it stops by itself.
        await Assertions.Expect(page.Locator("[data-testid='map-play']")).ToHaveAttributeAsync("aria-pressed", "false");
    }

    [Fact]
    public async Task AProvinceAtCommuneLevelDrawsEveryCommuneAndBadQueriesGetAMessageNotAnError()
    {
        var expected = await ExpectedFigures.ForAsync(app.Database, "AG");
        var communes = expected.Tree.DescendantsOf(expected.Unit).Count(u => u.Kind == OrgUnitKind.Commune);
        await using var session = await OpenAsync();
        var page = session.Page;

        await page.GotoAsync("/map?indicator=HI_COV&level=commune&period=2024&unit=AG");
        await MapAreas.ExpectCountAsync(page, communes);
        var counted = await page.Locator("[data-testid='map-legend'] li").EvaluateAllAsync<int[]>("items => items.map(i => +i.dataset.count)");
        Assert.Equal(communes, counted.Sum());
        output.WriteLine($"Screenshot: {await Infrastructure.Browser.SaveScreenshotAsync(page, "map-commune-test.png")}");
        // Hover: the value as the table shows it (decimal comma), the counts it rests on, the target and the status.
        var commune = expected.Tree.DescendantsOf(expected.Unit).First(u => u.Kind == OrgUnitKind.Commune && u.Code.StartsWith("AG_LXU_", StringComparison.Ordinal));
        var shownValue = await page.Locator($"tr[data-code='{commune.Code}'] [data-testid='area-value']").TextContentAsync();
        Assert.Matches(@"^\d+,\d%", shownValue);
        var box = await MapAreas.BoxAsync(page, commune.Code);
        await page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        var hover = page.Locator(".hoverlayer .hovertext");
        await Assertions.Expect(hover).ToContainTextAsync(commune.NameVi);
        await Assertions.Expect(hover).ToContainTextAsync(shownValue!);
        await Assertions.Expect(hover).ToContainTextAsync("Tử số");
        await Assertions.Expect(hover).ToContainTextAsync("Mục tiêu: ≥ 95%");

        // English: same view (the query string survives the toggle), English words, decimal dot.
        await page.Locator("a[data-culture='en-US']").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid='map-legend'] li[data-key='no_data']")).ToContainTextAsync("No data");
        Assert.Contains("level=commune", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator($"tr[data-code='{commune.Code}'] [data-testid='area-value']")).ToHaveTextAsync(shownValue!.Replace(',', '.'));
        await MapAreas.ExpectCountAsync(page, communes);

        // The district borders drawn over the communes must not take their clicks.
        await MapAreas.ClickAsync(page, commune.Code, commune.NameEn);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/units/{commune.Code}$"));

        var response = await page.GotoAsync("/map?indicator=NOPE&level=village&period=20x4&unit=XX");
        Assert.Equal(200, response!.Status);
        var problems = page.Locator("[data-testid='map-problems'] li");
        await Assertions.Expect(problems).ToHaveCountAsync(4);
        await Assertions.Expect(problems.First).ToContainTextAsync("NOPE");
        await Assertions.Expect(page.Locator("[data-testid='map-problems'] li[data-field='period']")).ToContainTextAsync("“20x4”");
        await Assertions.Expect(page.Locator("[data-testid='map-problems'] li[data-field='level']")).ToContainTextAsync("village");
    }
}
