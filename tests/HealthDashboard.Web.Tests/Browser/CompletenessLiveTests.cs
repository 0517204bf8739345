using System.Globalization;
using System.Net.Http.Json;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Wall;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Reporting;
using HealthDashboard.Domain.Wall;
using HealthDashboard.Web.Jobs;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>The reporting section of a district page and the wall's completeness slide, following reports as they are marked complete.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class CompletenessLiveTests(SeededAppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task ADistrictPageListsAStationThatHasNotReportedAndDropsItWhenItsReportIsSaved()
    {
        var calendar = ProvinceCalendar.Now;
        var month = calendar.LastDueMonth.ToString();
        using var copy = await app.CopyAsync();
        var database = new Database(new DatabaseOptions { ConnectionString = copy.ConnectionString });
        await new PlaylistStore(database).SaveAsync(new WallPlaylist("bao-cao", "Báo cáo", 600, [new WallSlide(WallSlideKind.Completeness, "AG_LXU")]));
        using var web = await WebAppProcess.StartAsync(copy.ConnectionString, TimeSpan.FromMinutes(2));
        using var http = new HttpClient { BaseAddress = web.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", web.ApiKey);
        // Long Xuyên's fourth station has not marked last month's report complete (through the API: the app starts
        // from its persisted snapshot and hears of writes through the audited path only).
        (await SaveAsync(http, month, done: "0", onTime: "0")).EnsureSuccessStatusCode();
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewPageAsync(web.BaseAddress);
        await page.GotoAsync("/units/AG_LXU");
        var section = page.Locator("[data-testid='completeness']");
        await Assertions.Expect(section).ToHaveAttributeAsync("data-month", month);
        var missing = section.Locator("[data-testid='not-reported'] tr[data-station='AG_LXU_04_TYT']");
        await Assertions.Expect(missing).ToHaveCountAsync(1);
        await Assertions.Expect(missing).ToContainTextAsync("Thành phố Long Xuyên");
        await Assertions.Expect(section.Locator("[data-testid='choropleth-map'] .main-svg").First).ToBeAttachedAsync();
        var wall = await browser.NewPageAsync(web.BaseAddress);
        await wall.SetViewportSizeAsync(1920, 1080);
        await wall.GotoAsync("/wall/bao-cao");
        var wallRow = wall.Locator("[data-testid='wall-not-reported'] li[data-station='AG_LXU_04_TYT']");
        await Assertions.Expect(wallRow).ToContainTextAsync("trễ");
        output.WriteLine($"Screenshots: {await Infrastructure.Browser.SaveScreenshotAsync(page, "completeness-district.png")}, " +
            $"{await Infrastructure.Browser.SaveScreenshotAsync(wall, "wall-completeness.png")}");
        var before = await section.Locator("[data-testid='completeness-value']").InnerTextAsync();
        await page.EvaluateAsync("() => window.__notReloaded = true");

        (await SaveAsync(http, month, done: "1", onTime: null)).EnsureSuccessStatusCode();

        // Done, but not on time: off the not-reported list, onto the late one, on the page and on the wall.
        await Assertions.Expect(missing).ToHaveCountAsync(0, new() { Timeout = 5_000 });
        var late = section.Locator("[data-testid='late'] tr[data-station='AG_LXU_04_TYT']");
        await Assertions.Expect(late).ToHaveCountAsync(1);
        // Marked complete today: as many days late as today is past the deadline (the 5th of the next month).
        Assert.True(Period.TryParse(month, out var shown));
        var daysLate = calendar.Today.DayNumber - ReportDeadline.LastDayOf(shown, 5).DayNumber;
        await Assertions.Expect(late.Locator("[data-testid='days-late']")).ToHaveTextAsync(daysLate.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(section.Locator("[data-testid='completeness-value']")).Not.ToHaveTextAsync(before);
        await Assertions.Expect(wallRow).ToHaveCountAsync(0, new() { Timeout = 5_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"), "The page reloaded instead of updating in place.");
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient http, string month, string done, string? onTime) =>
        http.PostAsJsonAsync("/api/dataValueSets", new
        {
            dataValues = new[] { ("REPORT_DONE", done), ("REPORT_ON_TIME", onTime) }
                .Where(v => v.Item2 is not null)
                .Select(v => new { dataElement = v.Item1, orgUnit = "AG_LXU_04_TYT", period = month, value = v.Item2 }),
        });
}
