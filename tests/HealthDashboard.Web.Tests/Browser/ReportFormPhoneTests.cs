using System.Globalization;
using System.Text.RegularExpressions;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// The monthly report form on an officer's phone (390×844): one column a field, inputs as wide as the screen, and the
/// save bar that stays on screen never over the field being typed into.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class ReportFormPhoneTests(SeededAppFixture app)
{
    private const string Station = "AG_LXU_04_TYT";

    private static readonly Period LastMonth = Period.MonthOf(DateOnly.FromDateTime(
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")).DateTime)).Previous();

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public async Task OnAPhoneEveryFieldIsOneColumnAndTheLastFieldIsTypedIntoAboveTheSaveBarAndSaved()
    {
        await using var started = await ReportFormApp.StartAsync(app);
        var page = await started.Browser.NewSignedInPageAsync(started.Web.BaseAddress, ReportFormApp.Officer, ReportFormApp.OfficerPassword);
        page.SetDefaultTimeout(60_000);
        await PhoneScreen.UseAsync(page);
        await page.GotoAsync($"/report/{Station}/{LastMonth}");
        var rows = page.Locator("tr.hd-report-row");
        await rows.First.Locator("input, select").WaitForAsync();

        // Every field: its name above its input, the input nearly as wide as the screen, nothing beside it.
        var fields = await rows.AllAsync();
        Assert.True(fields.Count > 20, $"{fields.Count} fields");
        foreach (var row in fields)
        {
            var label = await row.Locator("th label").BoundingBoxAsync();
            var input = await row.Locator("input:not(.hd-field-comment), select").First.BoundingBoxAsync();
            var code = await row.GetAttributeAsync("data-element");
            Assert.True(label!.Y + label.Height <= input!.Y + 1, $"{code}: the label ends at {label.Y + label.Height}, below the input's top {input.Y}");
            Assert.True(input.Width >= PhoneScreen.Width * 0.75, $"{code}: the input is {input.Width} px wide on a {PhoneScreen.Width} px screen");
        }

        Assert.Equal(0, await PhoneScreen.SidewaysAsync(page));
        await Infrastructure.Browser.SaveScreenshotAsync(page, "phone-report-form.png");

        // The last field, reached as a phone's keyboard does, from the field before it with "next" (Tab): it scrolls into
        // view above the save bar, though the field before it sat right at the screen's bottom edge.
        var last = rows.Last;
        var lastCode = (await last.GetAttributeAsync("data-element"))!;
        var lastInput = page.Locator($"#f-{lastCode}");
        var before = rows.Nth(fields.Count - 2).Locator("input:not(.hd-field-comment), select").First;
        await before.EvaluateAsync("el => { window.scrollBy(0, el.getBoundingClientRect().bottom - window.innerHeight); el.focus({ preventScroll: true }); }");
        for (var presses = 0; presses < 4 && !await lastInput.EvaluateAsync<bool>("el => el === document.activeElement"); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await lastInput.EvaluateAsync<bool>("el => el === document.activeElement"), $"Tab never reached #f-{lastCode}");
        var stored = await lastInput.InputValueAsync();
        var value = (stored.Length == 0 ? 1 : double.Parse(stored, NumberStyles.Number, Vi) + 1).ToString("#,0", Vi);
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(value);

        var box = await lastInput.BoundingBoxAsync();
        var bar = await page.Locator(".hd-report-actions").BoundingBoxAsync();
        var header = await page.Locator(".hd-header").BoundingBoxAsync();
        Assert.True(box!.Y >= header!.Y + header.Height && box.Y + box.Height <= PhoneScreen.Height,
            $"#f-{lastCode} is at {box.Y}..{box.Y + box.Height}, off the screen between the header ({header.Y + header.Height}) and {PhoneScreen.Height}");
        Assert.True(box.Y + box.Height <= bar!.Y, $"the save bar (from {bar.Y}) covers #f-{lastCode} (down to {box.Y + box.Height})");
        await Infrastructure.Browser.SaveScreenshotAsync(page, "phone-report-last-field.png");

        await page.Keyboard.PressAsync("Tab");
        // The server marks the change (and whether it needs a note) after the change event's round trip: waited for,
        // or the notes below could be looked for before the server has asked for one.
        await Assertions.Expect(last).ToHaveClassAsync(new Regex(@"\b(changed|invalid)\b"));
        foreach (var comment in await page.Locator("tr:has([data-testid='field-needs-comment']) [data-testid='field-comment']").AllAsync())
        {
            await comment.FillAsync("Số liệu đã kiểm tra lại với sổ sách");
            await comment.PressAsync("Tab");
        }

        await page.Locator("[data-testid='report-save']").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid='report-message']")).ToContainTextAsync("Đã lưu");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator($"#f-{lastCode}")).ToHaveValueAsync(value);
        Assert.Equal(0, await PhoneScreen.SidewaysAsync(page));
    }
}
