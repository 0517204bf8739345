using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// Issue 13, point 1: a kiosk's last day comes from a date picker in dd/MM/yyyy; a past day typed into it is refused by
/// the server in words, a later one is saved as the end of that day, and revoking asks first in a dialog.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class AdminKioskExpiryTests(SeededAppFixture app)
{
    [Fact]
    public async Task APastExpiryIsRefusedInWordsAndALaterOneIsSavedAsTheEndOfThatDay()
    {
        using var copy = await app.CopyAsync();
        using var web = await WebAppProcess.StartAsync(copy.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var admin = await PagesBrowser.OpenAsync(browser, web.BaseAddress);

        await admin.GotoAsync("/admin/kiosks");
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Kiosk (màn hình tường)");
        await admin.ClickAsync("[data-testid='kiosk-new']");
        await admin.FillAsync("[data-testid='kiosk-name']", "Hội trường");
        await MudSelects.PickAsync(admin, "kiosk-playlist", "Giao ban Sở Y tế An Giang (giao-ban)");

        var expires = admin.Locator("[data-testid='kiosk-expires'] input");
        await expires.FillAsync("02/01/2020");
        await expires.PressAsync("Tab");
        await admin.ClickAsync("[data-testid='kiosk-create-submit']");
        await Assertions.Expect(admin.Locator("[data-testid='kiosk-form-problems']")).ToContainTextAsync("Ngày hết hạn 02/01/2020 đã qua");
        await Assertions.Expect(admin.Locator("[data-testid='kiosks'] [data-kiosk='Hội trường']")).ToHaveCountAsync(0);

        // The 2nd of January, not the 1st of February: the picker reads the day first, as typed.
        var later = DateTime.UtcNow.AddYears(2);
        var typed = $"02/01/{later.Year}";
        await expires.FillAsync(typed);
        await expires.PressAsync("Tab");
        await Assertions.Expect(expires).ToHaveValueAsync(typed);
        await Infrastructure.Browser.SaveScreenshotAsync(admin, "admin-kiosk-expiry.png");
        await admin.ClickAsync("[data-testid='kiosk-create-submit']");
        await Assertions.Expect(admin.Locator("[data-testid='one-time-secret']")).ToBeVisibleAsync();
        // A grid row takes no attributes: the name cell carries the kiosk's name and state.
        var row = admin.Locator("[data-testid='kiosks'] tr:has([data-kiosk='Hội trường'])");
        var name = row.Locator("[data-kiosk]");
        await Assertions.Expect(row).ToContainTextAsync($"Hết ngày {typed}");
        await Assertions.Expect(name).ToHaveAttributeAsync("data-state", "active");

        // Revoking asks in a dialog; "Hủy" leaves it working.
        await row.Locator("[data-testid='kiosk-revoke']").ClickAsync();
        await Assertions.Expect(admin.Locator(".mud-dialog")).ToContainTextAsync("Thu hồi kiosk “Hội trường”?");
        await Infrastructure.Browser.SaveScreenshotAsync(admin, "admin-kiosk-revoke-dialog.png");
        await admin.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Hủy" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".mud-dialog")).ToHaveCountAsync(0);
        await Assertions.Expect(name).ToHaveAttributeAsync("data-state", "active");
        await row.Locator("[data-testid='kiosk-revoke']").ClickAsync();
        await admin.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Thu hồi" }).ClickAsync();
        await Assertions.Expect(name).ToHaveAttributeAsync("data-state", "revoked");
        await Assertions.Expect(admin.Locator(".mud-snackbar", new() { HasText = "Đã thu hồi kiosk “Hội trường”" })).ToBeVisibleAsync();
    }
}
