using System.Globalization;
using System.Net.Http.Json;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// The monthly report form in real Chromium: an officer enters a month, meets a check, fixes it, saves and marks the
/// report complete while a completeness map and an overview follow by themselves; and two people editing one report
/// never overwrite each other unknowingly.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class ReportFormTests(SeededAppFixture app, ITestOutputHelper output)
{
    private const string Station = "AG_LXU_04_TYT";
    private const string Commune = "AG_LXU_04";
    private const string OfficerPassword = ReportFormApp.OfficerPassword;

    /// <summary>Last month in the app's time zone: over, so its report can be completed.</summary>
    private static readonly Period LastMonth = Period.MonthOf(DateOnly.FromDateTime(
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")).DateTime)).Previous();

    [Fact]
    public async Task AnOfficerEntersAMonthFixesWhatTheFormFlagsSavesAndCompletesItAndTheMapAndOverviewFollowLive()
    {
        await using var started = await ReportFormApp.StartAsync(app);
        var (database, web, browser) = (started.Database, started.Web, started.Browser);
        await ReopenThroughTheApiAsync(web);

        // A leader's screens: the year's completeness map of Long Xuyên's communes, and Long Xuyên's overview.
        var map = await browser.NewPageAsync(web.BaseAddress);
        await map.GotoAsync($"/map?indicator=REPORT_COMPLETENESS&level=commune&period={LastMonth.Year}&unit=AG_LXU");
        var communeOnMap = map.Locator($"tr[data-code='{Commune}'] [data-testid='area-value']");
        await Assertions.Expect(communeOnMap).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\d"));
        var mapBefore = await communeOnMap.TextContentAsync();
        var overview = await browser.NewPageAsync(web.BaseAddress);
        await overview.GotoAsync($"/units/{Commune}?year={LastMonth.Year}");
        var tile = overview.Locator("[data-indicator='EPI_FULL'] [data-testid='tile-value']");
        await tile.WaitForAsync();
        var tileBefore = await tile.InnerTextAsync();

        // And the district page's reporting section for that month, which lists the station as not reported.
        var district = await browser.NewPageAsync(web.BaseAddress);
        await district.GotoAsync("/units/AG_LXU");
        await MudSelects.PickAsync(district, "completeness-month", PeriodFormatter.Format(LastMonth, CultureInfo.GetCultureInfo("vi-VN")));
        var notReported = district.Locator($"[data-testid='not-reported'] tr[data-station='{Station}']");
        await Assertions.Expect(notReported).ToHaveCountAsync(1);

        var officer = await browser.NewSignedInPageAsync(web.BaseAddress, "can.bo.lxu", OfficerPassword);
        await officer.GotoAsync($"/report/{Station}/{LastMonth}");
        await Assertions.Expect(officer.Locator("[data-testid='report-status']")).ToContainTextAsync("Chưa hoàn thành");

        // More children fully immunised than children under one: the form says so beside the field and will not save.
        var target = await officer.Locator("#f-U1_TARGET").InputValueAsync();
        var children = int.Parse(target, NumberStyles.Number, CultureInfo.GetCultureInfo("vi-VN"));
        await officer.FillAsync("#f-U1_FULL_IMM", (children + 5).ToString(CultureInfo.InvariantCulture));
        await officer.PressAsync("#f-U1_FULL_IMM", "Tab");
        var row = officer.Locator("tr[data-element='U1_FULL_IMM']");
        await Assertions.Expect(row.Locator("[data-testid='field-error']")).ToContainTextAsync("không được nhiều hơn trẻ dưới 1 tuổi");
        await officer.ClickAsync("[data-testid='report-save']");
        await Assertions.Expect(officer.Locator("[data-testid='report-message']")).ToContainTextAsync("Chưa lưu");
        await Infrastructure.Browser.SaveScreenshotAsync(officer, "report-invalid.png");

        // Fixed: three more children under one than first counted, of whom the first count were fully immunised.
        await officer.FillAsync("#f-U1_TARGET", (children + 3).ToString(CultureInfo.InvariantCulture));
        await officer.PressAsync("#f-U1_TARGET", "Tab");
        await officer.FillAsync("#f-U1_FULL_IMM", children.ToString(CultureInfo.InvariantCulture));
        await officer.PressAsync("#f-U1_FULL_IMM", "Tab");
        await Assertions.Expect(row.Locator("[data-testid='field-error']")).ToHaveCountAsync(0);
        await NoteUnusualValuesAsync(officer);
        await officer.ClickAsync("[data-testid='report-save']");
        await Assertions.Expect(officer.Locator("[data-testid='report-message']")).ToContainTextAsync("Đã lưu");
        Assert.Equal((children + 3, children), (await StoredAsync(database, "U1_TARGET", LastMonth), await StoredAsync(database, "U1_FULL_IMM", LastMonth)));

        await Assertions.Expect(tile).Not.ToHaveTextAsync(tileBefore, new() { Timeout = 5_000 });
        output.WriteLine($"EPI_FULL of {Commune} {LastMonth.Year}: {tileBefore} → {await tile.InnerTextAsync()}");

        await officer.ClickAsync("[data-testid='report-complete']");
        await Assertions.Expect(officer.Locator("[data-testid='report-status']")).ToContainTextAsync("Đã hoàn thành");
        await Assertions.Expect(officer.Locator("[data-testid='report-status']")).ToContainTextAsync("can.bo.lxu");
        Assert.Equal(1, await StoredAsync(database, "REPORT_DONE", LastMonth));
        await Assertions.Expect(communeOnMap).Not.ToHaveTextAsync(mapBefore!, new() { Timeout = 5_000 });
        await Assertions.Expect(notReported).ToHaveCountAsync(0, new() { Timeout = 5_000 });
        output.WriteLine($"Completeness of {Commune} {LastMonth.Year}: {mapBefore} → {await communeOnMap.TextContentAsync()}");
        await Infrastructure.Browser.SaveScreenshotAsync(officer, "report-complete.png");

        await using var context = database.Context();
        var key = $"%/{Station}/{LastMonth}";
        var audit = (await context.AuditLog.Where(a => EF.Functions.Like(a.EntityKey, key)).Select(a => new { Key = a.EntityKey, a.Actor, a.Via }).ToListAsync())
            .Select(a => (a.Key, a.Actor, a.Via)).ToList();
        var byOfficer = audit.Where(a => a.Actor == "can.bo.lxu").ToList();
        Assert.All(byOfficer, a => Assert.Equal("form", a.Via));
        Assert.Superset(new[] { "U1_TARGET", "REPORT_DONE" }.ToHashSet(), byOfficer.Select(a => a.Key.Split('/')[0]).ToHashSet());
    }

    [Fact]
    public async Task TwoPeopleEditingOneReportSeeEachOthersChangesAsConflictsAndNothingIsLost()
    {
        await using var started = await ReportFormApp.StartAsync(app);
        var (database, web, browser) = (started.Database, started.Web, started.Browser);
        var visits = await StoredAsync(database, "PC_VISITS", LastMonth);
        var deaths = await StoredAsync(database, "DEATHS", LastMonth);

        // Both open the report before either saves.
        var officer = await browser.NewSignedInPageAsync(web.BaseAddress, "can.bo.lxu", OfficerPassword);
        var admin = await browser.NewPageAsync(web.BaseAddress);
        foreach (var page in new[] { officer, admin })
        {
            await page.GotoAsync($"/report/{Station}/{LastMonth}");
            await page.Locator("#f-PC_VISITS").WaitForAsync();
        }

        // The admin starts changing two fields; meanwhile the officer saves one of them and another one.
        var deliveries = await StoredAsync(database, "DELIVERIES", LastMonth);
        await EnterAsync(admin, "PC_VISITS", visits + 2);
        await EnterAsync(admin, "DEATHS", deaths + 1);
        await EnterAsync(officer, "PC_VISITS", visits + 1);
        await EnterAsync(officer, "DELIVERIES", deliveries + 1);
        await officer.ClickAsync("[data-testid='report-save']");
        await Assertions.Expect(officer.Locator("[data-testid='report-message']")).ToContainTextAsync("Đã lưu 2 giá trị");

        // The admin's open form follows without a reload: the untouched field takes the new value, the touched one
        // says at once that someone else stored something else.
        await Assertions.Expect(admin.Locator("#f-DELIVERIES")).ToHaveValueAsync(Vi(deliveries + 1));
        await Assertions.Expect(admin.Locator("tr[data-element='PC_VISITS'] [data-testid='field-conflict']")).ToContainTextAsync("can.bo.lxu");
        Assert.Equal(Vi(visits + 2), await admin.Locator("#f-PC_VISITS").InputValueAsync());

        // Saving anyway writes nothing, and shows both versions.
        await admin.ClickAsync("[data-testid='report-save']");
        var conflicts = admin.Locator("[data-testid='report-conflicts']");
        await Assertions.Expect(conflicts.Locator("tr[data-element='PC_VISITS'] [data-testid='conflict-theirs']")).ToContainTextAsync("can.bo.lxu");
        await Assertions.Expect(conflicts.Locator("tr[data-element='PC_VISITS'] [data-testid='conflict-mine']")).ToHaveTextAsync(Vi(visits + 2));
        await Assertions.Expect(conflicts.Locator("tr[data-element='PC_VISITS'] [data-testid='conflict-theirs']")).ToContainTextAsync(Vi(visits + 1));
        await Assertions.Expect(conflicts.Locator("tr")).ToHaveCountAsync(2); // the header and PC_VISITS: DEATHS was not touched by the officer
        Assert.Equal((visits + 1, deaths), (await StoredAsync(database, "PC_VISITS", LastMonth), await StoredAsync(database, "DEATHS", LastMonth)));
        Assert.Equal(Vi(visits + 2), await admin.Locator("#f-PC_VISITS").InputValueAsync());
        await Infrastructure.Browser.SaveScreenshotAsync(admin, "report-conflict.png");

        // Knowing the officer's value, the admin keeps theirs: both changes are in the audit log, in order.
        await conflicts.Locator("tr[data-element='PC_VISITS'] [data-testid='conflict-keep-mine']").ClickAsync();
        await admin.ClickAsync("[data-testid='report-save']");
        await Assertions.Expect(admin.Locator("[data-testid='report-message']")).ToContainTextAsync("Đã lưu 2 giá trị");
        Assert.Equal((visits + 2, deaths + 1, deliveries + 1), (await StoredAsync(database, "PC_VISITS", LastMonth),
            await StoredAsync(database, "DEATHS", LastMonth), await StoredAsync(database, "DELIVERIES", LastMonth)));
        await using var context = database.Context();
        var key = $"PC_VISITS/{Station}/{LastMonth}";
        var history = (await context.AuditLog.Where(a => a.EntityKey == key).OrderBy(a => a.Id).Select(a => new { a.Actor, a.OldValue, a.NewValue }).ToListAsync())
            .Select(a => (a.Actor, a.OldValue!, a.NewValue!)).ToList();
        Assert.Equal([("can.bo.lxu", Inv(visits), Inv(visits + 1)), ("admin", Inv(visits + 1), Inv(visits + 2))], history.TakeLast(2));
    }

    [Fact]
    public async Task AnOfficerEmptiesAStoredFieldSeesItMarkedForDeletionAndSavingDeletesItAuditedViaTheForm()
    {
        await using var started = await ReportFormApp.StartAsync(app);
        var (database, web, browser) = (started.Database, started.Web, started.Browser);
        const string Element = "DEATHS";
        var stored = await StoredOrNullAsync(database, Element, LastMonth);
        Assert.NotNull(stored);

        // An admin has the same report open: it follows the deletion live.
        var admin = await browser.NewPageAsync(web.BaseAddress);
        await admin.GotoAsync($"/report/{Station}/{LastMonth}");
        await Assertions.Expect(admin.Locator($"#f-{Element}")).ToHaveValueAsync(Vi(stored.Value));
        var officer = await browser.NewSignedInPageAsync(web.BaseAddress, "can.bo.lxu", OfficerPassword);
        await officer.GotoAsync($"/report/{Station}/{LastMonth}");
        var row = officer.Locator($"tr[data-element='{Element}']");
        await Assertions.Expect(officer.Locator($"#f-{Element}")).ToHaveValueAsync(Vi(stored.Value));
        await Assertions.Expect(row.Locator("[data-testid='field-will-delete']")).ToHaveCountAsync(0);

        // Emptied, the field says before any save that its stored value will be deleted, and nothing is deleted yet.
        await officer.FillAsync($"#f-{Element}", "");
        await officer.PressAsync($"#f-{Element}", "Tab");
        await Assertions.Expect(row.Locator("[data-testid='field-will-delete']")).ToContainTextAsync($"Sẽ xoá giá trị đã lưu ({Vi(stored.Value)})");
        await Assertions.Expect(row).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bdeleting\b"));
        await Assertions.Expect(row.Locator("[data-testid='field-error']")).ToHaveCountAsync(0);
        Assert.Equal(stored, await StoredOrNullAsync(database, Element, LastMonth));
        await Infrastructure.Browser.SaveScreenshotAsync(officer, "report-will-delete.png");

        await officer.ClickAsync("[data-testid='report-save']");
        await Assertions.Expect(officer.Locator("[data-testid='report-message']")).ToContainTextAsync("xoá 1 giá trị");
        Assert.Null(await StoredOrNullAsync(database, Element, LastMonth));
        await using var context = database.Context();
        var key = $"{Element}/{Station}/{LastMonth}";
        var last = await context.AuditLog.Where(a => a.EntityKey == key).OrderByDescending(a => a.Id).FirstAsync();
        var audit = (last.Action, last.OldValue, last.NewValue, last.Actor, last.Via);
        Assert.Equal(("delete", Inv(stored.Value), null, "can.bo.lxu", "form"), audit);
        await Assertions.Expect(officer.Locator($"#f-{Element}")).ToHaveValueAsync("");
        await Assertions.Expect(row.Locator("[data-testid='field-will-delete']")).ToHaveCountAsync(0);
        await Assertions.Expect(admin.Locator($"#f-{Element}")).ToHaveValueAsync("");
    }

    private static async Task EnterAsync(IPage page, string element, double value)
    {
        await page.FillAsync($"#f-{element}", value.ToString(CultureInfo.InvariantCulture));
        await page.PressAsync($"#f-{element}", "Tab");
        await NoteUnusualValuesAsync(page);
    }

    /// <summary>A value the station's history calls unusual needs a note; the officer gives one, as the form asks.</summary>
    private static async Task NoteUnusualValuesAsync(IPage page)
    {
        foreach (var comment in await page.Locator("tr:has([data-testid='field-needs-comment']) [data-testid='field-comment']").AllAsync())
        {
            await comment.FillAsync("Số liệu đã kiểm tra lại với sổ sách");
            await comment.PressAsync("Tab");
        }
    }

    private static string Vi(double value) => value.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN"));

    private static string Inv(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static async Task<double?> StoredOrNullAsync(Database database, string element, Period period)
    {
        await using var context = database.Context();
        return await StoredValues(context, element, period).FirstOrDefaultAsync();
    }

    private static async Task<double> StoredAsync(Database database, string element, Period period)
    {
        await using var context = database.Context();
        return await StoredValues(context, element, period).FirstOrDefaultAsync() ?? 0;
    }

    private static IQueryable<double?> StoredValues(DashboardDbContext context, string element, Period period)
    {
        var month = period.ToString();
        return from v in context.DataValues
               join e in context.DataElements on v.DataElementId equals e.Id
               join u in context.OrgUnits on v.OrgUnitId equals u.Id
               where e.Code == element && u.Code == Station && v.Period == month
               select (double?)v.Value;
    }

    /// <summary>
    /// Whatever the sample says of last month, the station's report starts open: set through the API, so the running
    /// app's aggregates know it (the app starts from its stored snapshot, which a direct SQL edit would leave stale).
    /// </summary>
    private static async Task ReopenThroughTheApiAsync(WebAppProcess web)
    {
        using var http = new HttpClient { BaseAddress = web.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", web.ApiKey);
        var response = await http.PostAsJsonAsync("/api/dataValueSets", new
        {
            dataValues = new[] { "REPORT_DUE", "REPORT_DONE", "REPORT_ON_TIME" }.Select(code => new
            {
                dataElement = code, orgUnit = Station, period = LastMonth.ToString(), value = code == "REPORT_DUE" ? "1" : "0",
            }),
        });
        response.EnsureSuccessStatusCode();
    }
}
