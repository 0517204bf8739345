using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Jobs;
using HealthDashboard.Data.Security;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>/quality: an officer sees and resolves only their subtree; the resolution is audited and kept.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class QualityPageTests(SeededAppFixture app, ITestOutputHelper output)
{
    private const string OfficerPassword = "Officer-pass-2026";

    [Fact]
    public async Task ThePageSaysWhenTheChecksLastRanAndNeverCallsAnUncheckedListClean()
    {
        using var copy = await app.CopyAsync();
        var database = new Database(new DatabaseOptions { ConnectionString = copy.ConnectionString });
        await using (var context = database.Context())
        {
            await context.JobRuns.Where(r => r.JobKey == "data-quality").ExecuteDeleteAsync();
            await context.DataQualityFindings.ExecuteDeleteAsync();
        }

        using var web = await WebAppProcess.StartAsync(copy.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewPageAsync(web.BaseAddress);
        var state = page.Locator("[data-testid='quality-last-run']");

        // Never run: said so, and the empty list is not "no finding".
        await page.GotoAsync("/quality");
        await Assertions.Expect(state).ToHaveAttributeAsync("data-state", "never");
        await Assertions.Expect(page.Locator("[data-testid='quality-none']")).ToContainTextAsync("không có nghĩa là số liệu không có vấn đề");
        await Assertions.Expect(state.Locator("[data-testid='quality-run-link']")).ToHaveAttributeAsync("href", "admin/jobs");

        // A finished run: its end time, in the province's time, and an empty list now means nothing was found.
        var runs = new JobRunStore(database);
        var good = await runs.StartAsync(new NewJobRun("data-quality", "test-1", false, null, "test", DateTime.UtcNow.AddMinutes(-3)));
        await runs.FinishAsync(good, JobOutcome.Succeeded, 0, null);
        var finished = (await runs.RecentAsync(1, "data-quality")).Single().EndedAt!.Value;
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(finished, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"));
        await page.ReloadAsync();
        await Assertions.Expect(state).ToHaveAttributeAsync("data-state", "succeeded");
        await Assertions.Expect(state).ToContainTextAsync($"Kiểm tra toàn bộ gần nhất: {local:dd/MM/yyyy HH:mm}");
        await Assertions.Expect(page.Locator("[data-testid='quality-none']")).ToHaveTextAsync("Không có phát hiện nào khớp.");

        // A failed run after it: the failure is said, with the last finished run beside it.
        var bad = await runs.StartAsync(new NewJobRun("data-quality", "test-2", false, null, "test", DateTime.UtcNow.AddMinutes(-1)));
        await runs.FinishAsync(bad, JobOutcome.Failed, null, "disk full");
        await page.ReloadAsync();
        await Assertions.Expect(state).ToHaveAttributeAsync("data-state", "failed");
        await Assertions.Expect(state).ToContainTextAsync($"Lần hoàn thành gần nhất: {local:dd/MM/yyyy HH:mm}");
        output.WriteLine($"Screenshot: {await Infrastructure.Browser.SaveScreenshotAsync(page, "quality-last-run.png")}");
    }

    [Fact]
    public async Task AnOfficerSeesOnlyTheirSubtreeAndResolvesAFindingWithANote()
    {
        using var copy = await app.CopyAsync();
        var database = new Database(new DatabaseOptions { ConnectionString = copy.ConnectionString });
        // More vaccinated pregnant women than pregnant women: one in Long Xuyên, one in Tri Tôn.
        await using (var context = database.Context())
        {
            foreach (var (station, value) in new[] { ("AG_LXU_04_TYT", 900), ("AG_TTO_08_TYT", 800) })
            {
                await context.Database.ExecuteSqlAsync($"""
                    UPDATE data_value SET value = {value} WHERE period = '202301' AND data_element_id = (SELECT id FROM data_element WHERE code = 'PREG_TT')
                    AND org_unit_id = (SELECT id FROM org_unit WHERE code = {station})
                    """);
            }
        }

        await new DataQualityStore(database).RebuildAsync(PartWholePair.From(await new CatalogStore(database).LoadAsync()), new HashSet<long>(), null);
        await TestCredentials.CreateUserAsync(database, "officer.lxu", AppRoles.Officer, "AG_LXU", OfficerPassword);
        using var web = await WebAppProcess.StartAsync(copy.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewSignedInPageAsync(web.BaseAddress, "officer.lxu", OfficerPassword);

        await page.GotoAsync("/quality?rule=TT_LE_PREG&from=01/2023&to=01/2023");
        var rows = page.Locator("[data-testid='quality-findings'] tbody tr[data-id]");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-unit", "AG_LXU_04_TYT");
        await Assertions.Expect(rows.First.Locator("[data-testid='quality-values']")).ToContainTextAsync("900 >");
        await Assertions.Expect(rows.First.Locator("[data-testid='quality-report-link']")).ToHaveAttributeAsync("href", "/report/AG_LXU_04_TYT/202301");
        output.WriteLine($"Screenshot: {await Infrastructure.Browser.SaveScreenshotAsync(page, "quality-officer.png")}");

        // The unit is picked by its name, without tone marks too; the filter keeps its code in the address.
        await page.Locator("[data-testid='quality-unit'] input").FillAsync("dong xuyen");
        await page.Locator("[data-testid='unit-suggestion'][data-code='AG_LXU_04_TYT']").ClickAsync();
        await page.ClickAsync("[data-testid='quality-submit']");
        await page.WaitForURLAsync(url => url.Contains("unit=AG_LXU_04_TYT", StringComparison.Ordinal));
        await Assertions.Expect(rows).ToHaveCountAsync(1);

        // Another district is not theirs: a message, no rows; a bad month is named, never a 500.
        await page.GotoAsync("/quality?unit=AG_TTO");
        await Assertions.Expect(page.Locator("[data-testid='quality-message']")).ToContainTextAsync("không thuộc đơn vị của bạn");
        var bad = await page.GotoAsync("/quality?from=abc&status=maybe");
        Assert.Equal(200, bad!.Status);
        await Assertions.Expect(page.Locator("[data-testid='quality-problems']")).ToContainTextAsync("“abc”");
        await Assertions.Expect(page.Locator("[data-testid='quality-problems']")).ToContainTextAsync("“maybe”");

        // Resolving: without a note it says so; with one the row leaves the open list and shows under resolved.
        await page.GotoAsync("/quality?rule=TT_LE_PREG&from=01/2023&to=01/2023");
        await rows.First.Locator("[data-testid='quality-mark']").ClickAsync();
        await Assertions.Expect(rows.First.Locator("[role='alert']")).ToContainTextAsync("Hãy ghi chú");
        await rows.First.Locator("[data-testid='quality-note']").FillAsync("Đã gọi trạm: <b>nhập nhầm</b>, sửa trong biểu mẫu");
        await rows.First.Locator("[data-testid='quality-note']").BlurAsync();
        await rows.First.Locator("[data-testid='quality-mark']").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid='quality-none']")).ToBeVisibleAsync();
        await page.GotoAsync("/quality?rule=TT_LE_PREG&from=01/2023&to=01/2023&status=resolved");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("officer.lxu");
        await Assertions.Expect(rows.First).ToContainTextAsync("<b>nhập nhầm</b>"); // As text, not markup.

        await using var check = database.Context();
        var audit = await check.AuditLog.Where(a => a.Action == "quality-resolve")
            .Select(a => new { a.Actor, Key = a.EntityKey, Note = a.NewValue! }).SingleAsync();
        Assert.Equal(("officer.lxu", "TT_LE_PREG/PREG_TT/AG_LXU_04_TYT/202301"), (audit.Actor, audit.Key));
        Assert.Contains("nhập nhầm", audit.Note);

        // An admin sees both districts' findings, the resolved one among them.
        var admin = await browser.NewPageAsync(web.BaseAddress);
        await admin.GotoAsync("/quality?rule=TT_LE_PREG&from=01/2023&to=01/2023&status=all");
        await Assertions.Expect(admin.Locator("[data-testid='quality-findings'] tbody tr[data-id]")).ToHaveCountAsync(2);
        await Assertions.Expect(admin.Locator("tr[data-unit='AG_LXU_04_TYT']")).ToHaveAttributeAsync("data-status", "resolved");
        await Assertions.Expect(admin.Locator("tr[data-unit='AG_TTO_08_TYT']")).ToHaveAttributeAsync("data-status", "open");
    }
}
