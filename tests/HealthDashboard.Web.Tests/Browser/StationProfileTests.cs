using System.Globalization;
using System.Text.RegularExpressions;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>The health station profile on a commune's overview, and the tiles' links to trends and rankings.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class StationProfileTests(SeededAppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task ACommuneOfAStationThatMissedReportsShowsItsProfileWithTheMonthsReceived()
    {
        // The twelve months before this one; the sample has a few stations that miss reports (REPORT_DONE = 0).
        var to = DateTime.Now.AddMonths(-1);
        var (from, until) = (to.AddMonths(-11).ToString("yyyyMM", CultureInfo.InvariantCulture), to.ToString("yyyyMM", CultureInfo.InvariantCulture));
        await using var context = app.Database.Context();
        var (station, received) = await context.Database.SqlQuery<StationReports>(
            $"""
            SELECT o.code AS station, SUM(CASE WHEN v.value > 0 THEN 1 ELSE 0 END) AS received FROM org_unit o
            JOIN data_value v ON v.org_unit_id = o.id JOIN data_element e ON e.id = v.data_element_id
            WHERE o.kind = 'station' AND e.code = 'REPORT_DONE' AND v.period BETWEEN {from} AND {until}
            GROUP BY o.code ORDER BY 2, 1 LIMIT 1
            """).SingleAsync();
        Assert.True(received < 12, $"The sample should have a station that missed reports; the worst, {station}, has {received}.");
        var commune = station[..^"_TYT".Length];
        var doctors = await context.Database.SqlQuery<double>(
            $"""
            SELECT v.value AS "Value" FROM data_value v JOIN org_unit o ON o.id = v.org_unit_id JOIN data_element e ON e.id = v.data_element_id
            WHERE o.code = {station} AND e.code = 'DOCTORS' ORDER BY v.period DESC LIMIT 1
            """).SingleAsync();

        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await PagesBrowser.OpenAsync(browser, web.BaseAddress);
        await page.GotoAsync($"/units/{commune}");

        var profile = page.Locator("[data-testid='station-profile']");
        await Assertions.Expect(profile).ToHaveAttributeAsync("data-station", station);
        await Assertions.Expect(profile.Locator("[data-testid='reports-received']")).ToHaveTextAsync(received.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(profile.Locator("[data-key='DOCTORS'] [data-testid='station-value']")).ToContainTextAsync(doctors.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(profile.Locator("[data-key='COMMUNE_CRIT_MET'] [data-testid='station-value']")).ToContainTextAsync(new Regex("Có|Không"));
        await Assertions.Expect(profile).ToContainTextAsync("Tháng thiếu báo cáo");
        output.WriteLine($"Screenshot: {await Infrastructure.Browser.SaveScreenshotAsync(page, "commune-station.png")}");

        // The overview's CSV holds the tiles' figures: insurance coverage as the tile shows it, with a decimal point.
        var tile = await page.Locator("[data-indicator='HI_COV'] [data-testid='tile-value']").InnerTextAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid='export-csv']").ClickAsync());
        var csv = (await File.ReadAllTextAsync(await download.PathAsync())).Split("\r\n");
        var coverage = csv.Single(l => l.StartsWith("HI_COV,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(commune, coverage[2]);
        // The period as a code: a whole year ("2025"), or one counted through a month ("202601-202611").
        Assert.Matches(@"^\d{4}(\d{2}-\d{6})?$", coverage[4]);
        Assert.Equal(tile, double.Parse(coverage[5], CultureInfo.InvariantCulture).ToString("N1", CultureInfo.GetCultureInfo("vi-VN")));

        // A station's own overview shows the same profile; a district's shows none.
        await page.GotoAsync($"/units/{station}");
        await Assertions.Expect(page.Locator("[data-testid='reports-received']")).ToHaveTextAsync(received.ToString(CultureInfo.InvariantCulture));
        await page.GotoAsync($"/units/{commune[..commune.LastIndexOf('_')]}");
        await page.Locator("[data-indicator='HI_COV'] [data-testid='tile-value']").WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid='station-profile']").CountAsync());

        // Each tile links to its indicator's trend and ranking for the unit shown.
        await page.Locator("[data-indicator='IMR'] [data-testid='tile-ranking-link']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/rankings\\?indicator=IMR&unit={commune[..commune.LastIndexOf('_')]}$"));
        await FailureContext.ExplainAsync(page, web, ".hd-body", () =>
            Assertions.Expect(page.Locator("[data-chart='drawn'] > [data-testid='ranking-chart']")).ToHaveCountAsync(1));
    }

    /// <summary>A station and how many of the months it reported (EF maps the snake_case column aliases to these).</summary>
    private sealed record StationReports(string Station, long Received);
}
