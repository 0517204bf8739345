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

    private async Task SaveScreenshotAsync(IPage page, string name) =>
        output.WriteLine($"Screenshot: {await Infrastructure.Browser.SaveScreenshotAsync(page, name)}");
}
