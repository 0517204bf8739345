using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>The overview in real Chromium against the real app process, on the shared seeded database.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class OverviewPageTests(SeededAppFixture app, ITestOutputHelper output)
{
    private const float TimeoutMs = 60_000;

    [Fact]
    public async Task OverviewShowsTheComputedValueAndFollowsTheTreeDownToACommuneAndIntoEnglish()
    {
        var expected = await ExpectedFigures.ForAsync(app.Database, "AG");
        var district = expected.Tree.ChildrenOf(expected.Unit).First(u => u.Code == "AG_LXU");
        var commune = expected.Tree.ChildrenOf(district).First(u => u.Kind == Domain.OrgUnits.OrgUnitKind.Commune);
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        // The browser asks for English (Accept-Language); the dashboard must still open in Vietnamese.
        var page = await browser.NewPageAsync(web.BaseAddress);
        page.SetDefaultTimeout(TimeoutMs);
        Assertions.SetDefaultExpectTimeout(TimeoutMs);

        var clock = Stopwatch.StartNew();
        await page.GotoAsync("/");
        var coverage = page.Locator("[data-indicator='HI_COV']");
        var number = coverage.Locator("[data-testid='tile-value']");
        await number.WaitForAsync();
        output.WriteLine($"Overview of An Giang rendered in {clock.ElapsedMilliseconds} ms after navigation (seeding took {app.SeedingTime.TotalSeconds:F1} s).");

        var latest = expected.Latest("HI_COV") ?? throw new InvalidOperationException("The sample has no HI_COV value for An Giang.");
        var decimals = expected.Catalog.Indicator("HI_COV")!.Decimals;
        Assert.Equal(latest.Result.Value!.Value.ToString("N" + decimals, CultureInfo.GetCultureInfo("vi-VN")), await number.InnerTextAsync());
        Assert.Contains($"Năm {latest.Year}", await coverage.Locator(".hd-tile-period").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Mục tiêu", await coverage.Locator(".hd-tile-target").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("An Giang", await page.Locator("h1").InnerTextAsync());

        // The sparkline comes with the tile (an SVG from the server): one point a year of the series.
        var spark = coverage.Locator("svg[data-testid='sparkline']");
        Assert.Equal(1, await spark.CountAsync());
        Assert.True(int.Parse(await spark.GetAttributeAsync("data-points") ?? "0", CultureInfo.InvariantCulture) >= 2, "The coverage sparkline has fewer than two years.");
        await SaveScreenshotAsync(page, "overview.png");

        // The year filter (a MudSelect) puts the year into the address and the tiles show that year's figure.
        var earlier = latest.Year - 2;
        await MudSelects.PickAsync(page, "filter-year", earlier.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"[?&]year={earlier}"));
        await Assertions.Expect(coverage.Locator(".hd-tile-period")).ToContainTextAsync($"Năm {earlier}");
        var then = expected.ValueIn("HI_COV", earlier).Value ?? throw new InvalidOperationException($"The sample has no HI_COV value for An Giang in {earlier}.");
        await Assertions.Expect(number).ToHaveTextAsync(then.ToString("N" + decimals, CultureInfo.GetCultureInfo("vi-VN")));
        await Assertions.Expect(MudSelects.Shown(page, "filter-year")).ToHaveTextAsync(earlier.ToString(CultureInfo.InvariantCulture));
        await MudSelects.PickAsync(page, "filter-year", "Năm gần nhất");
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("year="));

        await page.Locator($"li[data-code='{district.Code}'] > .mud-treeview-item-content").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/units/{district.Code}$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(district.NameVi);

        await page.Locator($"li[data-code='{commune.Code}'] > .mud-treeview-item-content").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/units/{commune.Code}$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(commune.NameVi);
        await Assertions.Expect(page.Locator(".hd-breadcrumb")).ToContainTextAsync("An Giang");
        await page.Locator("[data-indicator='HI_COV'] [data-testid='tile-value']").WaitForAsync();

        await page.Locator("a[data-culture='en-US']").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(commune.NameEn);
        Assert.EndsWith($"/units/{commune.Code}", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("[data-indicator='HI_COV'] .hd-tile-target")).ToContainTextAsync("Target");
        await Assertions.Expect(page.Locator(".hd-product")).ToHaveTextAsync("Health indicator dashboard");
        await SaveScreenshotAsync(page, "commune-en.png");
    }

    [Fact]
    public async Task ATargetWhoseYearHasPassedIsAchievedOrNotAchievedAndTheChipSaysWhyOnATap()
    {
        // An Giang's plan (AG-NQ20) sets its last target for communes meeting the national criteria in 2020: ≥ 100 %.
        var expected = await ExpectedFigures.ForAsync(app.Database, "AG");
        var (year, result) = expected.Latest("COMMUNE_NATL_CRIT") ?? throw new InvalidOperationException("The sample has no COMMUNE_NATL_CRIT value for An Giang.");
        var word = result.Value >= 100 ? "Đạt" : "Không đạt";
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await PagesBrowser.OpenAsync(browser, web.BaseAddress);

        await page.GotoAsync("/units/AG");
        await page.WaitUntilInteractiveAsync();
        var tile = page.Locator("[data-indicator='COMMUNE_NATL_CRIT']");
        var chip = tile.Locator("[data-testid='status-chip']");
        // Not "Chậm tiến độ" (behind schedule), which would say there is still time.
        await Assertions.Expect(chip).ToHaveTextAsync(word);
        await Assertions.Expect(tile.Locator(".hd-tile-target")).ToContainTextAsync("Mục tiêu cuối của kế hoạch (2020)");

        // On a desk the pointer opens the reason.
        var says = $"{word}: kế hoạch AG-NQ20 có mục tiêu cuối cùng cho năm 2020 (≥ 100%); giá trị năm {year}:";
        await chip.HoverAsync();
        await Assertions.Expect(page.Locator("[data-testid='status-reason']")).ToContainTextAsync(says);
        await SaveScreenshotAsync(page, "status-reason.png");

        // A phone has no hover: a tap (touch events, as a phone sends them) opens it and it stays open to be read.
        var phone = await (await browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = web.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = PhoneScreen.Width, Height = PhoneScreen.Height },
            HasTouch = true,
            IsMobile = true,
            StorageState = await page.Context.StorageStateAsync(),
        })).NewPageAsync();
        await phone.GotoAsync("/units/AG");
        await phone.WaitUntilInteractiveAsync();
        await phone.Locator("[data-indicator='COMMUNE_NATL_CRIT'] [data-testid='status-chip']").TapAsync();
        await Assertions.Expect(phone.Locator("[data-testid='status-reason']")).ToContainTextAsync(says);
        await phone.WaitForTimeoutAsync(500);
        await Assertions.Expect(phone.Locator("[data-testid='status-reason']")).ToBeVisibleAsync();
        await SaveScreenshotAsync(phone, "status-reason-phone.png");
    }

    [Fact]
    public async Task ADistrictPageShowsTheProvincesLifeExpectancyLabelledAsSuchNotNoData()
    {
        var province = await ExpectedFigures.ForAsync(app.Database, "AG");
        var (_, life) = province.Latest("LE") ?? throw new InvalidOperationException("The sample has no life expectancy for An Giang.");
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await PagesBrowser.OpenAsync(browser, web.BaseAddress);

        await page.GotoAsync("/units/AG_LXU");
        var tile = page.Locator("[data-indicator='LE']");
        await Assertions.Expect(tile.Locator("[data-testid='tile-value']")).ToHaveTextAsync(life.Value!.Value.ToString("N1", CultureInfo.GetCultureInfo("vi-VN")));
        await Assertions.Expect(tile.Locator("[data-testid='tile-from']")).ToHaveTextAsync("Số liệu cấp tỉnh: An Giang");
        await Assertions.Expect(tile).Not.ToContainTextAsync("Chưa có dữ liệu");
        await SaveScreenshotAsync(page, "district-province-figure.png");
    }

    private async Task SaveScreenshotAsync(IPage page, string name) =>
        output.WriteLine($"Screenshot: {await Infrastructure.Browser.SaveScreenshotAsync(page, name)}");
}
