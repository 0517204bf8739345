using System.Text.RegularExpressions;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// /admin/jobs in real Chromium against the real app process, on a copy of the seeded database (its own scheduler
/// only: the fixture's in-process app keeps a scheduler on the original).
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class JobsPageTests(SeededAppFixture app, ITestOutputHelper output)
{
    private const float TimeoutMs = 60_000;

    [Fact]
    public async Task AnAdminFixesABadCronRunsTheRecomputeAndSeesItsProgressAndHistory()
    {
        using var copy = new TempSqliteFile();
        CopyDatabase(app.File.ConnectionString, copy.ConnectionString);
        using var web = await WebAppProcess.StartAsync(copy.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewPageAsync(web.BaseAddress);
        page.SetDefaultTimeout(TimeoutMs);
        Assertions.SetDefaultExpectTimeout(TimeoutMs);

        await page.GotoAsync("/admin/jobs");
        var completeness = page.Locator("[data-job='completeness']");
        await Assertions.Expect(completeness.Locator("[data-testid='cron-words']")).ToHaveTextAsync("Ngày 1 hằng tháng lúc 01:00");
        await Assertions.Expect(completeness.Locator("[data-testid='next-fires'] li")).ToHaveCountAsync(5);
        var firstFireBefore = await completeness.Locator("[data-testid='next-fires'] li").First.InnerTextAsync();
        Assert.Matches(@"^01/\d\d/\d{4} 01:00$", firstFireBefore);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tác vụ định kỳ");
        await SaveScreenshotAsync(page, "jobs.png");

        // The editor opens on the schedule's shape (every month, on day 1 at 01:00); a weekly preset replaces it.
        await completeness.Locator("[data-testid='cron-edit']").ClickAsync();
        await Assertions.Expect(completeness.Locator("[data-testid='preset-monthly']")).ToBeCheckedAsync();
        await Assertions.Expect(completeness.Locator("[data-testid='preset-day']")).ToHaveValueAsync("1");
        await Assertions.Expect(completeness.Locator("[data-testid='preset-time']")).ToHaveValueAsync("01:00");
        await completeness.Locator("[data-testid='preset-weekly']").CheckAsync();
        await MudSelects.PickAsync(completeness, "preset-weekday", "Thứ Sáu");
        await completeness.Locator("[data-testid='preset-time']").FillAsync("04:30");
        await Assertions.Expect(completeness.Locator("[data-testid='preset-words']")).ToHaveTextAsync("Thứ Sáu hằng tuần lúc 04:30");
        await SaveScreenshotAsync(page, "jobs-preset.png");
        await completeness.Locator("[data-testid='cron-save']").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Đã lưu lịch mới.");
        await Assertions.Expect(completeness.Locator("[data-testid='cron-words']")).ToHaveTextAsync("Thứ Sáu hằng tuần lúc 04:30");
        await Assertions.Expect(completeness.Locator("[data-testid='cron']")).ToHaveTextAsync("0 30 4 ? * FRI");

        // The advanced choice starts from that cron. A bad expression: a clear message next to the field, and nothing saved.
        await completeness.Locator("[data-testid='cron-edit']").ClickAsync();
        await Assertions.Expect(completeness.Locator("[data-testid='preset-weekly']")).ToBeCheckedAsync();
        await completeness.Locator("[data-testid='preset-cron']").CheckAsync();
        await Assertions.Expect(completeness.Locator("[data-testid='cron-input']")).ToHaveValueAsync("0 30 4 ? * FRI");
        await completeness.Locator("[data-testid='cron-input']").FillAsync("0 0 25 * * ?");
        await completeness.Locator("[data-testid='cron-save']").ClickAsync();
        await Assertions.Expect(completeness.Locator("[data-testid='cron-error']")).ToContainTextAsync("Biểu thức cron không hợp lệ");
        await Assertions.Expect(completeness.Locator("[data-testid='cron-words']")).ToHaveTextAsync("Thứ Sáu hằng tuần lúc 04:30");
        await SaveScreenshotAsync(page, "jobs-bad-cron.png");

        await completeness.Locator("[data-testid='cron-input']").FillAsync("0 30 4 ? * MON-FRI");
        await completeness.Locator("[data-testid='cron-save']").ClickAsync();
        await Assertions.Expect(completeness.Locator("[data-testid='cron-words']")).ToHaveTextAsync("Từ thứ Hai đến thứ Sáu lúc 04:30");
        await Assertions.Expect(completeness.Locator("[data-testid='cron']")).ToHaveTextAsync("0 30 4 ? * MON-FRI");
        var fires = await completeness.Locator("[data-testid='next-fires'] li").AllInnerTextsAsync();
        Assert.Equal(5, fires.Count);
        Assert.All(fires, f => Assert.EndsWith(" 04:30", f, StringComparison.Ordinal));
        Assert.NotEqual(firstFireBefore, fires[0]);

        // Run now: the bar while the recompute works through 1.7 M values, then its row in the history.
        var recompute = page.Locator("[data-job='recompute']");
        await page.EvaluateAsync(RecordProgressScript);
        await recompute.Locator("[data-testid='run-now']").ClickAsync();
        var bar = recompute.Locator("[data-testid='progress']");
        await Assertions.Expect(bar).ToContainTextAsync("Đang chạy trên");
        await recompute.Locator("[data-testid='progress']:not([data-progress='0 %'])").WaitForAsync();
        await SaveScreenshotAsync(page, "jobs-running.png");
        var row = page.Locator("[data-testid='history'] tr[data-job='recompute']").First;
        await Assertions.Expect(row).ToHaveAttributeAsync("data-outcome", "succeeded");
        await Assertions.Expect(bar).ToBeHiddenAsync();
        // The bar moved while the run went on: it showed values between the start and the end.
        var seen = await page.EvaluateAsync<string[]>("() => window.hdProgressSeen");
        output.WriteLine("Progress seen: " + string.Join(", ", seen));
        Assert.Contains(seen, p => p is not "0 %" and not "100 %");
        var cells = await row.Locator("td").AllInnerTextsAsync();
        output.WriteLine("History row: " + string.Join(" | ", cells));
        Assert.Equal("Tính lại toàn bộ chỉ tiêu", cells[0]);
        Assert.Matches(@"^\d\d/\d\d/\d{4} \d\d:\d\d:\d\d$", cells[1]);
        Assert.Matches(@"^\d+,\d s$", cells[3]);
        Assert.Matches(@"^[\d.]+$", cells[4]);
        Assert.Equal("Thành công", cells[5]);
        Assert.Equal("Chạy tay", cells[7]);
        await Assertions.Expect(recompute.Locator("[data-testid='last-run']")).ToContainTextAsync("Thành công");
        await SaveScreenshotAsync(page, "jobs-history.png");

        await page.Locator("a[data-culture='en-US']").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Scheduled jobs");
        await Assertions.Expect(completeness.Locator("[data-testid='cron-words']")).ToHaveTextAsync("Monday to Friday at 04:30");
        await Assertions.Expect(page.Locator("[data-testid='history'] tr[data-job='recompute']").First).ToContainTextAsync("Succeeded");
        await SaveScreenshotAsync(page, "jobs-en.png");

        // An admin on a phone and on a wall screen: every job's card with its run-now button, and nothing scrolls sideways.
        await page.Locator("a[data-culture='vi-VN']").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tác vụ định kỳ");
        foreach (var (width, height, name) in new[] { (390, 844, "jobs-phone.png"), (3840, 2160, "jobs-4k.png") })
        {
            await page.SetViewportSizeAsync(width, height);
            await Assertions.Expect(page.Locator("[data-job] [data-testid='run-now']")).ToHaveCountAsync(3);
            // Cut off without a scroll bar is no better: each card ends inside the window (once the side panel has folded:
            // the window was resized under a desk page, which a phone never is, so the layout is judged once it has followed).
            await page.WaitForFunctionAsync(
                "() => [...document.querySelectorAll('.hd-job-card')].every(c => c.getBoundingClientRect().right <= window.innerWidth + 1)",
                null, new PageWaitForFunctionOptions { Timeout = 10_000 });
            Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), $"/admin/jobs scrolls sideways at {width}×{height}");
            await SaveScreenshotAsync(page, name);
        }
    }

    // Every value the recompute card's bar shows, recorded by the page itself so no step between two polls is missed.
    private const string RecordProgressScript = """
        () => {
            window.hdProgressSeen = [];
            const record = () => {
                const bar = document.querySelector("[data-job='recompute'] [data-testid='progress']");
                const value = bar && bar.getAttribute("data-progress");
                if (value && window.hdProgressSeen[window.hdProgressSeen.length - 1] !== value) window.hdProgressSeen.push(value);
            };
            new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        }
        """;

    private static void CopyDatabase(string from, string to)
    {
        using var source = new SqliteConnection(from);
        using var target = new SqliteConnection(to);
        source.Open();
        target.Open();
        source.BackupDatabase(target);
    }

    private async Task SaveScreenshotAsync(IPage page, string name) =>
        output.WriteLine($"Screenshot: {await Infrastructure.Browser.SaveScreenshotAsync(page, name)}");
}
