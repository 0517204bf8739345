using System.Globalization;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// A year's tile names the months it covers, the same on the province's page and a district's: by default the year to
/// date through the last month whose reports are all due; with the months still being reported let in, through the
/// last month that is over (the sample, like the stations, reports a month once it has ended), saying while that
/// month's reports are still arriving (until the 5th) that they are, with the deadline.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class TileMonthsTests(SeededAppFixture app, ITestOutputHelper output)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public async Task TheProvinceAndADistrictNameTheSameMonthsAndSayWhenTheyAreStillArriving()
    {
        var calendar = ProvinceCalendar.Now;
        var lastOver = calendar.CurrentMonth.Previous();
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await PagesBrowser.OpenAsync(browser, web.BaseAddress);

        foreach (var unit in new[] { "AG", "AG_LXU" })
        {
            // By default: through the last month whose reports are all due, which nothing more is said about.
            await page.GotoAsync($"/units/{unit}");
            var tile = page.Locator("[data-indicator='HI_COV']");
            await Assertions.Expect(tile.Locator(".hd-tile-period")).ToHaveTextAsync(Through(calendar, calendar.LastDueMonth));
            await Assertions.Expect(tile.Locator("[data-testid='tile-due']")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("[data-testid='filter-arriving'] [role='combobox']"))
                .ToHaveTextAsync($"{PeriodFormatter.Format(calendar.LastDueMonth, Vi)} (đã hết hạn báo cáo)");

            // With the months still being reported: through the last month over, and its deadline while it is ahead.
            await page.GotoAsync($"/units/{unit}?arriving=1");
            await Assertions.Expect(tile.Locator(".hd-tile-period")).ToHaveTextAsync(Through(calendar, lastOver));
            if (calendar.DueAfterToday(lastOver) is { } due)
            {
                await Assertions.Expect(tile.Locator("[data-testid='tile-due']")).ToHaveTextAsync(
                    $"Báo cáo {PeriodFormatter.Format(lastOver, Vi)} hạn đến {due.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}: số liệu có thể chưa đủ.");
            }
            else
            {
                await Assertions.Expect(tile.Locator("[data-testid='tile-due']")).ToHaveCountAsync(0);
            }
        }

        output.WriteLine($"Screenshot: {await Infrastructure.Browser.SaveScreenshotAsync(page, "tile-months.png")}");
    }

    /// <summary>"Năm 2026, đến Tháng 10/2026" for a year not all due, "Năm 2025" for one that is.</summary>
    private static string Through(Domain.Reporting.ReportingCalendar calendar, Period lastMonth) =>
        calendar.IsYearDue(lastMonth.Year)
            ? PeriodFormatter.Format(Period.OfYear(lastMonth.Year), Vi)
            : $"{PeriodFormatter.Format(Period.OfYear(lastMonth.Year), Vi)}, đến {PeriodFormatter.Format(lastMonth, Vi)}";
}
