using System.Text.RegularExpressions;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// Issue 13, point 1: an admin gives a new user their unit by typing its name without tone marks and picking it from
/// the suggestions, not by knowing its code; an officer with no unit is refused in words.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class AdminUserUnitTests(SeededAppFixture app)
{
    [Fact]
    public async Task AnOfficerIsCreatedWithAUnitPickedByItsNameTypedWithoutMarks()
    {
        using var copy = await app.CopyAsync();
        using var web = await WebAppProcess.StartAsync(copy.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var admin = await PagesBrowser.OpenAsync(browser, web.BaseAddress);

        await admin.GotoAsync("/admin/users");
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Người dùng");
        await admin.ClickAsync("[data-testid='user-new']");
        await admin.FillAsync("[data-testid='user-username']", "can.bo.tri.ton");
        await MudSelects.PickAsync(admin, "user-role", "Cán bộ y tế");

        // No unit yet: refused, and nothing made.
        await admin.ClickAsync("[data-testid='user-create-submit']");
        await Assertions.Expect(admin.Locator("[data-testid='user-form-problems']")).ToContainTextAsync("Cán bộ y tế cần một đơn vị");
        await Assertions.Expect(admin.Locator("[data-testid='users'] tr[data-user='can.bo.tri.ton']")).ToHaveCountAsync(0);

        // "tri ton" finds the district and its township of the same name; the district is the one picked.
        await admin.Locator("[data-testid='user-unit'] input").FillAsync("tri ton");
        await Assertions.Expect(admin.Locator("[data-testid='unit-suggestion'][data-code='AG_TTO_01']")).ToBeVisibleAsync();
        await admin.Locator("[data-testid='unit-suggestion'][data-code='AG_TTO']").ClickAsync();
        await Assertions.Expect(admin.Locator("[data-testid='user-unit'] input")).ToHaveValueAsync("Huyện Tri Tôn");
        await Infrastructure.Browser.SaveScreenshotAsync(admin, "admin-user-unit-picked.png");
        await admin.ClickAsync("[data-testid='user-create-submit']");

        var row = admin.Locator("[data-testid='users'] tr[data-user='can.bo.tri.ton']");
        await Assertions.Expect(row).ToContainTextAsync("AG_TTO — Huyện Tri Tôn");
        await Assertions.Expect(admin.Locator(".mud-snackbar")).ToContainTextAsync("can.bo.tri.ton");

        // The edit form opens on the saved unit, by name.
        await row.Locator("[data-testid='user-edit']").ClickAsync();
        await Assertions.Expect(admin.Locator("[data-testid='user-edit-form'] [data-testid='user-unit'] input")).ToHaveValueAsync(new Regex("^Huyện Tri Tôn$"));
        await Infrastructure.Browser.SaveScreenshotAsync(admin, "admin-user-edit.png");
    }
}
