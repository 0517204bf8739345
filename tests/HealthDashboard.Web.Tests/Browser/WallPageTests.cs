using System.Globalization;
using System.Net.Http.Json;
using HealthDashboard.Data.Wall;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Wall;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>Wall mode in real Chromium against the app process: rotation, fit at 1080p and 4K, live pulses, English.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class WallPageTests(SeededAppFixture app, ITestOutputHelper output)
{
    private const float TimeoutMs = 60_000;

    [Fact]
    public async Task TheWallRotatesItsSlidesWithoutScrollbarsAtFullHdAnd4kInLargeType()
    {
        await new PlaylistStore(app.Database).SaveAsync(new WallPlaylist("test-rotation", "Rotation", 5,
            [new WallSlide(WallSlideKind.Kpi, "AG"), new WallSlide(WallSlideKind.Kpi, "AG_LXU")]));
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await OpenAsync(browser, web, "/wall/test-rotation");

        var wall = page.Locator("[data-testid='wall']");
        await Assertions.Expect(wall).ToHaveAttributeAsync("data-frame", "0");
        await Assertions.Expect(page.Locator("[data-testid='slide-title']")).ToContainTextAsync("An Giang · trang 1/3");
        await Assertions.Expect(page.Locator("[data-testid='clock']")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d\d:\d\d:\d\d · \d\d/\d\d/\d{4}$"));
        await AssertFitsAsync(page, "1920×1080");
        await SaveScreenshotAsync(page, "wall-kpi-1080p.png");

        // Five seconds a frame: the next page of An Giang's grid, then on to Long Xuyên's.
        await Assertions.Expect(wall).ToHaveAttributeAsync("data-frame", "1", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid='slide-title']")).ToContainTextAsync("trang 2/3");
        await Assertions.Expect(wall).ToHaveAttributeAsync("data-frame", "3", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid='slide-title']")).ToContainTextAsync("Long Xuyên");

        await page.SetViewportSizeAsync(3840, 2160);
        await AssertFitsAsync(page, "3840×2160");
        await SaveScreenshotAsync(page, "wall-kpi-4k.png");
    }

    [Fact]
    public async Task APlaylistSavedByAnAdminReachesAnOpenOneSlideWallAtItsNextStepWithoutAReload()
    {
        var store = new PlaylistStore(app.Database);
        await store.SaveAsync(new WallPlaylist("test-resave", "Giao ban", 5, [new WallSlide(WallSlideKind.Kpi, "AG_LXU")]));
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await OpenAsync(browser, web, "/wall/test-resave");
        await Assertions.Expect(page.Locator("[data-testid='slide-title']")).ToContainTextAsync("Long Xuyên");
        await page.EvaluateAsync("() => window.__notReloaded = true");

        // One slide never rotates, yet each five-second step looks again; a step later the wall shows the saved playlist.
        await Task.Delay(6_000);
        await Assertions.Expect(page.Locator("[data-testid='slide-title']")).ToContainTextAsync("Long Xuyên");
        await store.SaveAsync(new WallPlaylist("test-resave", "Giao ban chiều", 5,
            [new WallSlide(WallSlideKind.Kpi, "AG"), new WallSlide(WallSlideKind.Kpi, "AG_LXU")]));

        await Assertions.Expect(page.Locator(".hd-wall-playlist")).ToHaveTextAsync("Giao ban chiều", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid='slide-title']")).ToContainTextAsync("An Giang · trang 1/3");
        await Assertions.Expect(page.Locator("[data-testid='wall']")).ToHaveAttributeAsync("data-frame", "0");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"), "the wall reloaded to get the playlist");
    }

    [Fact]
    public async Task ASavedValueChangesItsTileAndPulsesOnAnOpenWallWithinTwoSecondsWithoutAReloadAndEnglishIsOneCookieAway()
    {
        using var copy = await app.CopyAsync();
        var database = new Data.Db.Database(new Data.Db.DatabaseOptions { ConnectionString = copy.ConnectionString });
        await new PlaylistStore(database).SaveAsync(new WallPlaylist("test-live", "Live", 3600, [new WallSlide(WallSlideKind.Kpi, "AG")]));
        using var web = await WebAppProcess.StartAsync(copy.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await OpenAsync(browser, web, "/wall/test-live");
        var tile = page.Locator("[data-indicator='HI_COV']");
        var value = tile.Locator("[data-testid='wall-value']");
        var before = await value.InnerTextAsync();
        await page.EvaluateAsync("() => window.__notReloaded = true");
        // The tile names the months it counts: through the last month whose reports are all due ("1–11/2026").
        var calendar = ProvinceCalendar.Now;
        var lastDue = calendar.LastDueMonth;
        await Assertions.Expect(tile.Locator(".hd-wall-kpi-year")).ToHaveTextAsync(
            calendar.IsYearDue(lastDue.Year) ? $"· {lastDue.Year}" : $"· 1–{lastDue.Index}/{lastDue.Year}");

        // Nobody insured at one station in the last month whose reports are all due (the last one the wall counts):
        // An Giang's coverage for the year drops by the station's share of the province, about half a point.
        using var http = new HttpClient { BaseAddress = web.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", web.ApiKey);
        var saved = System.Diagnostics.Stopwatch.StartNew();
        var response = await http.PostAsJsonAsync("/api/dataValues", new
        {
            dataElement = "HI_INSURED", orgUnit = "AG_LXU_01_TYT", period = lastDue.ToString(),
            value = "0",
        });
        response.EnsureSuccessStatusCode();

        await Assertions.Expect(value).Not.ToHaveTextAsync(before, new() { Timeout = 2_000 });
        output.WriteLine($"HI_COV on the wall went from {before} to {await value.InnerTextAsync()} {saved.ElapsedMilliseconds} ms after the POST.");
        await Assertions.Expect(tile).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("hd-wall-pulse"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"), "The wall reloaded instead of updating in place.");
        Assert.Matches(@"^\d+,\d$", await value.InnerTextAsync());
        await SaveScreenshotAsync(page, "wall-pulse.png");

        await page.GotoAsync("/culture?c=en-US&redirect=%2Fwall%2Ftest-live");
        await Assertions.Expect(page.Locator("[data-testid='slide-title']")).ToContainTextAsync("Key indicators — An Giang");
        await Assertions.Expect(page.Locator(".hd-wall-updated")).ToContainTextAsync("Updated");
        Assert.Matches(@"^\d+\.\d$", await page.Locator("[data-indicator='HI_COV'] [data-testid='wall-value']").InnerTextAsync());
        if (!calendar.IsYearDue(lastDue.Year))
        {
            await Assertions.Expect(page.Locator("[data-indicator='HI_COV'] .hd-wall-kpi-year")).ToContainTextAsync($"Jan–");
        }
    }

    [Theory]
    [InlineData(1, "trend-chart", "Xu hướng: Tỷ suất tử vong trẻ em < 1 tuổi — An Giang")]
    [InlineData(2, "ranking-chart", "Xếp hạng: Tỷ lệ tham gia bảo hiểm y tế — An Giang")]
    [InlineData(3, "map-canvas", "Bản đồ: Tỷ lệ tham gia bảo hiểm y tế — An Giang")]
    public async Task ChartAndMapSlidesDrawInTheWallThemeAndFitTheScreen(int slide, string chart, string title)
    {
        await new PlaylistStore(app.Database).SaveAsync(new WallPlaylist("test-charts", "Charts", 3600,
        [
            new WallSlide(WallSlideKind.Trend, "AG", "IMR"), new WallSlide(WallSlideKind.Ranking, "AG", "HI_COV"),
            new WallSlide(WallSlideKind.Map, "AG", "HI_COV", "commune"),
        ]));
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewPageAsync(web.BaseAddress);
        page.SetDefaultTimeout(TimeoutMs);
        Assertions.SetDefaultExpectTimeout(TimeoutMs);

        await page.GotoAsync($"/wall/test-charts?slide={slide}");

        // Charts' and maps' frames say data-chart="drawn" once plotly has drawn them.
        var drawn = page.Locator($"[data-chart='drawn'] > [data-testid='{chart}']");
        await Assertions.Expect(drawn).ToHaveCountAsync(1);
        // The plot takes the height the slide leaves it, not plotly's default or nothing.
        var height = (await drawn.BoundingBoxAsync())?.Height ?? 0;
        Assert.True(height > 600, $"The {chart} is {height} px high on a 1080 px wall.");
        await Assertions.Expect(page.Locator("[data-testid='slide-title']")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator(".hd-wall-slide .hd-chart-wall, .hd-wall-slide .hd-map-wall")).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollHeight > document.documentElement.clientHeight || document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(overflow, "The chart slide scrolls.");
        await SaveScreenshotAsync(page, $"wall-{chart}.png");
    }

    [Fact]
    public async Task ALongSlideTitleWrapsInsteadOfEndingInAnEllipsisAndTheSlideStillFits()
    {
        await new PlaylistStore(app.Database).SaveAsync(new WallPlaylist("test-long-title", "Giao ban sáng thứ Hai toàn tỉnh", 3600,
            [new WallSlide(WallSlideKind.Trend, "AG_LXU", "CHS_NCD")]));
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewPageAsync(web.BaseAddress);
        page.SetDefaultTimeout(TimeoutMs);
        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        await page.GotoAsync("/wall/test-long-title");
        var title = page.Locator("[data-testid='slide-title']");
        await Assertions.Expect(title).ToContainTextAsync("không lây nhiễm — Thành phố Long Xuyên");
        await Assertions.Expect(page.Locator("[data-chart='drawn'] > [data-testid='trend-chart']")).ToHaveCountAsync(1);

        // Every character of the title is on screen: its box holds its text, on more than one line if need be.
        var cut = await page.Locator(".hd-wall-title").EvaluateAsync<bool>(
            "el => el.scrollWidth > el.clientWidth + 1 || getComputedStyle(el).textOverflow === 'ellipsis'");
        Assert.False(cut, "The slide title is cut off.");
        await AssertFitsAsync(page, "1920×1080");
        await SaveScreenshotAsync(page, "wall-long-title.png");
    }

    [Theory]
    [InlineData(1, "trend-chart")]
    [InlineData(2, "ranking-chart")]
    public async Task A4kWallDrawsChartAxesLegendsAndCaptionsAtLeastTwiceTheirFullHdSize(int slide, string chart)
    {
        await new PlaylistStore(app.Database).SaveAsync(new WallPlaylist("test-4k", "4K", 3600,
            [new WallSlide(WallSlideKind.Trend, "AG", "IMR"), new WallSlide(WallSlideKind.Ranking, "AG", "HI_COV")]));
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();

        var fullHd = await ChartTextSizesAsync(browser, web, $"/wall/test-4k?slide={slide}", chart, 1920, 1080);
        var uhd = await ChartTextSizesAsync(browser, web, $"/wall/test-4k?slide={slide}", chart, 3840, 2160);

        output.WriteLine($"{chart}: axis {fullHd.Axis} → {uhd.Axis} px, legend {fullHd.Legend} → {uhd.Legend} px, caption {fullHd.Caption} → {uhd.Caption} px");
        Assert.True(fullHd.Axis >= 28 && fullHd.Legend >= 28, $"At 1920×1080 the axis ({fullHd.Axis} px) and legend ({fullHd.Legend} px) are below 28 px.");
        Assert.True(uhd.Axis >= 2 * fullHd.Axis, $"At 4K the axis text is {uhd.Axis} px, not twice its {fullHd.Axis} px at 1920×1080.");
        Assert.True(uhd.Legend >= 2 * fullHd.Legend, $"At 4K the legend text is {uhd.Legend} px, not twice its {fullHd.Legend} px at 1920×1080.");
        // The caption under the chart ("Cao hơn là tốt hơn", the roadmap's plan) grows as the wall's own text does (1.6vw: exactly twice, give or take rounding).
        Assert.True(fullHd.Caption >= 28, $"At 1920×1080 the caption is {fullHd.Caption} px, below 28 px.");
        Assert.True(uhd.Caption + 0.5 >= 2 * fullHd.Caption, $"At 4K the caption is {uhd.Caption} px, not twice its {fullHd.Caption} px at 1920×1080.");
    }

    private static async Task<(double Axis, double Legend, double Caption)> ChartTextSizesAsync(Infrastructure.Browser browser, WebAppProcess web, string path, string chart,
        int width, int height)
    {
        var page = await browser.NewPageAsync(web.BaseAddress);
        page.SetDefaultTimeout(TimeoutMs);
        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync(path);
        // The wall learns its screen size after its first render: wait for the chart drawn at that size.
        var drawn = page.Locator($"[data-chart='drawn'] > [data-testid='{chart}']");
        await Assertions.Expect(drawn).ToHaveCountAsync(1);
        await page.WaitForFunctionAsync(
            $"w => {{ const el = document.querySelector(\"[data-testid='{chart}']\"); return el && el._fullLayout && el._fullLayout.font.size >= 28 * Math.min(w / 1920, 2); }}", width);
        var sizes = await drawn.EvaluateAsync<double[]>(
            "el => ['.xtick text', '.legendtext'].map(s => parseFloat(getComputedStyle(el.querySelector(s)).fontSize))");
        var caption = await page.Locator(".hd-chart-wall .hd-chart-note").First.EvaluateAsync<double>("el => parseFloat(getComputedStyle(el).fontSize)");
        await page.CloseAsync();
        return (sizes[0], sizes[1], caption);
    }

    [Fact]
    public async Task ASavedValueRecoloursItsCommuneOnAWallMapWithinTwoSecondsWithoutAReload()
    {
        using var copy = await app.CopyAsync();
        var database = new Data.Db.Database(new Data.Db.DatabaseOptions { ConnectionString = copy.ConnectionString });
        await new PlaylistStore(database).SaveAsync(new WallPlaylist("test-map", "Map", 3600, [new WallSlide(WallSlideKind.Map, "AG_LXU", "HI_COV", "commune")]));
        using var web = await WebAppProcess.StartAsync(copy.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewPageAsync(web.BaseAddress);
        page.SetDefaultTimeout(TimeoutMs);
        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        await page.GotoAsync("/wall/test-map");
        var colours = await MapAreas.LegendColoursAsync(page);
        var before = await MapAreas.FillAsync(page, "AG_LXU_12");
        Assert.NotEqual(colours["off_track"], before);
        await page.EvaluateAsync("() => window.__notReloaded = true");

        // Nobody insured at the commune's station in the last month whose reports are all due: its coverage for the year
        // (counted through that month) drops to 0 %.
        using var http = new HttpClient { BaseAddress = web.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", web.ApiKey);
        var response = await http.PostAsJsonAsync("/api/dataValues", new
        {
            dataElement = "HI_INSURED", orgUnit = "AG_LXU_12_TYT", period = ProvinceCalendar.Now.LastDueMonth.ToString(), value = "0",
        });
        response.EnsureSuccessStatusCode();

        await MapAreas.WaitForFillAsync(page, "AG_LXU_12", colours["off_track"], 2_000);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"), "The wall reloaded instead of recolouring.");
        await SaveScreenshotAsync(page, "wall-map-recoloured.png");
    }

    [Fact]
    public async Task AnUnknownPlaylistSaysSoInsteadOfFailing()
    {
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewPageAsync(web.BaseAddress);
        page.SetDefaultTimeout(TimeoutMs);

        await page.GotoAsync("/wall/no-such-playlist");

        await Assertions.Expect(page.Locator("[data-testid='wall-not-found']")).ToContainTextAsync("no-such-playlist");
    }

    private static async Task<IPage> OpenAsync(Infrastructure.Browser browser, WebAppProcess web, string path)
    {
        var page = await browser.NewPageAsync(web.BaseAddress);
        page.SetDefaultTimeout(TimeoutMs);
        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        await page.GotoAsync(path);
        await page.Locator("[data-testid='wall-kpis'] [data-testid='wall-value']").First.WaitForAsync();
        return page;
    }

    /// <summary>Nothing scrolls and the smallest text on the wall is at least 28 px, wherever it is.</summary>
    private async Task AssertFitsAsync(IPage page, string size)
    {
        var fit = await page.EvaluateAsync<FitReport>(
            """
            () => {
              const root = document.documentElement;
              const texts = [...document.querySelectorAll('.hd-wall *')]
                .filter(e => e.offsetParent !== null && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()));
              return {
                scrollWidth: root.scrollWidth, clientWidth: root.clientWidth,
                scrollHeight: root.scrollHeight, clientHeight: root.clientHeight,
                smallestFont: Math.min(...texts.map(e => parseFloat(getComputedStyle(e).fontSize))),
                clipped: [...document.querySelectorAll('.hd-wall-kpi')].filter(e => e.scrollHeight > e.clientHeight + 1).length,
              };
            }
            """);
        output.WriteLine($"{size}: scroll {fit.ScrollWidth}×{fit.ScrollHeight} in {fit.ClientWidth}×{fit.ClientHeight}, smallest text {fit.SmallestFont} px, clipped tiles {fit.Clipped}");
        Assert.True(fit.ScrollWidth <= fit.ClientWidth && fit.ScrollHeight <= fit.ClientHeight, $"The wall scrolls at {size}.");
        Assert.True(fit.SmallestFont >= 28, $"Text of {fit.SmallestFont} px at {size}.");
        Assert.Equal(0, fit.Clipped);
    }

    private sealed class FitReport
    {
        public double ScrollWidth { get; set; }
        public double ClientWidth { get; set; }
        public double ScrollHeight { get; set; }
        public double ClientHeight { get; set; }
        public double SmallestFont { get; set; }
        public double Clipped { get; set; }
    }

    private async Task SaveScreenshotAsync(IPage page, string name) =>
        output.WriteLine($"Screenshot: {await Infrastructure.Browser.SaveScreenshotAsync(page, name)}");
}
