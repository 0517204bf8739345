using System.Globalization;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Reporting;
using HealthDashboard.Web.Jobs;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// A year's tile names the months it covers: the year to date through the last month that is over (the sample, like
/// the stations, reports a month once it has ended), the same on the province's page and a district's; and while that
/// month's reports are still arriving (until the 5th), it says so with the deadline.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class TileMonthsTests(SeededAppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task TheProvinceAndADistrictNameTheSameMonthsAndSayWhenTheyAreStillArriving()
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var today = CompletenessJob.ZonedToday(TimeProvider.System, new JobsOptions());
        var lastOver = Period.MonthOf(today).Previous();
        var period = lastOver.Year == today.Year
            ? $"{PeriodFormatter.Format(Period.OfYear(today.Year), vi)}, đến {PeriodFormatter.Format(lastOver, vi)}"
            : PeriodFormatter.Format(Period.OfYear(lastOver.Year), vi);
        var due = ReportDeadline.LastDayOf(lastOver, ReportDeadline.DefaultDay);
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await PagesBrowser.OpenAsync(browser, web.BaseAddress);

        foreach (var unit in new[] { "AG", "AG_LXU" })
        {
            await page.GotoAsync($"/units/{unit}");
            var tile = page.Locator("[data-indicator='HI_COV']");
            await Assertions.Expect(tile.Locator(".hd-tile-period")).ToHaveTextAsync(period);
            if (lastOver.Year == today.Year && due >= today)
            {
                await Assertions.Expect(tile.Locator("[data-testid='tile-due']")).ToHaveTextAsync(
                    $"Báo cáo {PeriodFormatter.Format(lastOver, vi)} hạn đến {due.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}: số liệu có thể chưa đủ.");
            }
            else
            {
                await Assertions.Expect(tile.Locator("[data-testid='tile-due']")).ToHaveCountAsync(0);
            }
        }

        output.WriteLine($"Screenshot: {await Infrastructure.Browser.SaveScreenshotAsync(page, "tile-months.png")}");
    }
}
