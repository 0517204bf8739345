using System.Text.RegularExpressions;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// The audit search on MudBlazor: days picked on a calendar or typed dd/MM/yyyy, the action chosen in a MudSelect, both
/// carried in the address; a wrong day in an address is named in the page's problem list, and nothing is searched.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class AuditSearchTests(SeededAppFixture app)
{
    [Fact]
    public async Task AnAdminPicksADayOnTheCalendarTypesTheOtherChoosesAnActionAndAWrongDayIsNamedNotSearched()
    {
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var admin = await PagesBrowser.OpenAsync(browser, web.BaseAddress);
        await admin.GotoAsync("/admin/audit");
        await Assertions.Expect(admin.Locator("[data-testid='audit-entries']")).ToBeVisibleAsync();

        // From: the 1st of the calendar's month (the browser's month; this sign-in is on or after it in any time zone
        // east of UTC, as Vietnam is). To: typed, far ahead.
        await admin.Locator("[data-testid='audit-from'] .mud-input-adornment button").ClickAsync();
        await admin.Locator(".mud-popover-open .mud-picker-calendar-day:not(.mud-hidden)").GetByText("1", new() { Exact = true }).First.ClickAsync();
        var from = admin.Locator("[data-testid='audit-from'] input");
        await Assertions.Expect(from).ToHaveValueAsync(new Regex(@"^01/\d\d/\d{4}$"));
        var to = admin.Locator("[data-testid='audit-to'] input");
        await to.FillAsync("31/12/2099");
        await to.PressAsync("Tab");
        await MudSelects.PickAsync(admin, "audit-action", "Đăng nhập");
        await admin.Locator("[data-testid='audit-submit']").ClickAsync();

        await Assertions.Expect(admin).ToHaveURLAsync(new Regex(@"from=01%2F\d\d%2F\d{4}.*to=31%2F12%2F2099|to=31%2F12%2F2099.*from=01%2F"));
        await Assertions.Expect(admin).ToHaveURLAsync(new Regex($"action={AuditActions.SignIn}"));
        var rows = admin.Locator("[data-testid='audit-entries'] tbody tr[data-action]");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        Assert.All(await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.action)"), action => Assert.Equal(AuditActions.SignIn, action));
        await Assertions.Expect(MudSelects.Shown(admin, "audit-action")).ToHaveTextAsync("Đăng nhập");
        await Assertions.Expect(to).ToHaveValueAsync("31/12/2099");

        // An address with a day that does not exist, then one whose From is after its To: named, and no rows listed.
        await admin.GotoAsync("/admin/audit?from=31/02/2026");
        await Assertions.Expect(admin.Locator("[data-testid='audit-problems']")).ToContainTextAsync("“31/02/2026” không đúng dạng ngày/tháng/năm");
        await admin.GotoAsync("/admin/audit?from=02/01/2026&to=01/01/2026");
        await Assertions.Expect(admin.Locator("[data-testid='audit-problems']")).ToContainTextAsync("Từ ngày phải trước hoặc bằng đến ngày.");
        await Assertions.Expect(admin.Locator("[data-testid='audit-entries'] tbody tr[data-action]")).ToHaveCountAsync(0);
        await Infrastructure.Browser.SaveScreenshotAsync(admin, "audit-search-problems.png");
    }
}
