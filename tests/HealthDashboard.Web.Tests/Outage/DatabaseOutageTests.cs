using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using HealthDashboard.Data.Security;
using HealthDashboard.Data.Wall;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Wall;
using HealthDashboard.Web.Api;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Outage;

/// <summary>
/// PostgreSQL stopped, restarted and made read-only under a running app, with pages open in Chromium: nobody is signed
/// out, every request says the database is out (503, both languages), and all carries on by itself when it is back.
/// </summary>
public sealed class DatabaseOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private OutageApp _app = default!;

    public async Task InitializeAsync() => _app = await OutageApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AStoppedDatabaseKeepsOpenPagesAndWallsSignedInUnderABannerAndTheyCarryOnWhenItIsBack()
    {
        await using var database = new Data.Db.Database(_app.DatabaseOptions);
        await new PlaylistStore(database).SaveAsync(new WallPlaylist("outage-wall", "Outage", 3600, [new WallSlide(WallSlideKind.Kpi, "SYN_P001")]));
        var (_, secret) = await new KioskTokenStore(database).CreateAsync("Phòng họp", "outage-wall", null, "tests");
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await Browser.PagesBrowser.OpenAsync(browser, _app.BaseAddress);
        await page.GotoAsync($"/units/{OutageApp.Commune}");
        var doctors = page.Locator("[data-key='DOCTORS'] [data-testid='station-value']");
        await Assertions.Expect(doctors).ToBeVisibleAsync();
        var shown = await doctors.InnerTextAsync();
        var wall = await browser.NewAnonymousPageAsync(_app.BaseAddress);
        await wall.GotoAsync("/kiosk/" + secret);
        // The synthetic area has no targets: its slide says so, which is what must stay on screen.
        var wallValue = wall.GetByRole(AriaRole.Main);
        await Assertions.Expect(wallValue).ToBeVisibleAsync(new() { Timeout = 60_000 });
        // The main element shows before its slide has loaded: wait for the slide's text, or "" is what gets compared.
        await Assertions.Expect(wallValue).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\S"), new() { Timeout = 60_000 });
        var wallShown = await wallValue.InnerTextAsync();

        await _app.Server.StopAsync();
        await Assertions.Expect(page.GetByTestId("database-banner")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(wall.GetByTestId("database-banner")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        // Longer than the sign-in checks' interval (2 s here) and their 10-second memory: every open page has asked by now.
        await Task.Delay(TimeSpan.FromSeconds(30));
        await Infrastructure.Browser.SaveScreenshotAsync(page, "database-outage-unit.png");
        await Infrastructure.Browser.SaveScreenshotAsync(wall, "database-outage-wall.png");
        Assert.Equal(0, await page.GetByTestId("session-ended").CountAsync());
        Assert.Equal(0, await wall.GetByTestId("kiosk-stopped").CountAsync());
        Assert.Equal(shown, await doctors.InnerTextAsync());
        Assert.Equal(wallShown, await wallValue.InnerTextAsync());
        // In the browser's language (English here, Vietnamese by default).
        Assert.Matches("Database connection lost|Đang mất kết nối cơ sở dữ liệu", await page.GetByTestId("database-banner").InnerTextAsync());
        Assert.Matches("Database connection lost|Đang mất kết nối cơ sở dữ liệu", await wall.GetByTestId("database-banner").InnerTextAsync());
        // Meanwhile every way in says the database cannot be read, in both languages, never 500.
        await AssertOutageAnswersAsync("cannot be read", "Không đọc");

        await _app.Server.StartAgainAsync();
        await Assertions.Expect(page.GetByTestId("database-banner")).ToBeHiddenAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(wall.GetByTestId("database-banner")).ToBeHiddenAsync(new() { Timeout = 20_000 });
        var value = shown.Trim() == "11" ? "12" : "11";
        using var saved = await _app.PostValueAsync("DOCTORS", OutageApp.Station, Period.MonthOf(DateOnly.FromDateTime(DateTime.Now)).ToString(), value);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        await Assertions.Expect(doctors).ToContainTextAsync(value, new() { Timeout = 10_000 });
        Assert.Equal(0, await page.GetByTestId("session-ended").CountAsync());
        Assert.Equal(0, await wall.GetByTestId("kiosk-stopped").CountAsync());
    }

    [Fact]
    public async Task RightAfterAPgCtlRestartSignInTheFirstApiWriteAndTheCatchUpRecomputeSucceed()
    {
        using var client = FormSignIn.NewCookieClient(_app.BaseAddress);
        // Some traffic first, so the app's pool holds connections that the restart will end.
        await FormSignIn.SignInAsync(client, TestCredentials.AdminUser, TestCredentials.AdminPassword);
        (await _app.PostValueAsync("DOCTORS", OutageApp.Station, LastMonth(), "5")).EnsureSuccessStatusCode();

        await _app.Server.RestartAsync();

        using var again = FormSignIn.NewCookieClient(_app.BaseAddress);
        using var signIn = await FormSignIn.PostAsync(again, TestCredentials.AdminUser, TestCredentials.AdminPassword);
        Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, $"{(int)signIn.StatusCode}: {await signIn.Content.ReadAsStringAsync()}");
        using var write = await _app.PostValueAsync("DOCTORS", OutageApp.Station, LastMonth(), "6");
        Assert.True(write.IsSuccessStatusCode, $"{(int)write.StatusCode}: {await write.Content.ReadAsStringAsync()}");
        const string caughtUp = "Recomputed all aggregates after the LISTEN connection came back";
        const string catchUpFailed = "The full recompute after the LISTEN connection came back failed";
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!_app.Node.Output.Contains(caughtUp, StringComparison.Ordinal) && !_app.Node.Output.Contains(catchUpFailed, StringComparison.Ordinal)
               && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        output.WriteLine(_app.Node.Output);
        Assert.DoesNotContain(catchUpFailed, _app.Node.Output, StringComparison.Ordinal);
        Assert.Contains(caughtUp, _app.Node.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReadOnlyDatabaseAnswers503CannotBeWrittenEverywhereAndRecoversByItself()
    {
        using var officer = FormSignIn.NewCookieClient(_app.BaseAddress);
        await FormSignIn.SignInAsync(officer, TestCredentials.AdminUser, TestCredentials.AdminPassword);
        var importForm = await officer.GetStringAsync("/import");

        // As a standby or a full disk would: the server reads but refuses writes; connections are ended as a failover does.
        await SetReadOnlyAsync(true);

        using var signIn = await FormSignIn.PostAsync(FormSignIn.NewCookieClient(_app.BaseAddress), TestCredentials.AdminUser, TestCredentials.AdminPassword);
        await AssertPageSaysAsync(signIn, "cannot be written", "Không ghi được");
        using var upload = await UploadAsync(officer, importForm);
        await AssertPageSaysAsync(upload, "cannot be written", "Không ghi được");
        using var write = await _app.PostValueAsync("DOCTORS", OutageApp.Station, LastMonth(), "7");
        await AssertApiSaysAsync(write, "cannot be written", "Không ghi được");
        // Reading needs no write: the figures are still served.
        using var read = await _app.Node.Http.GetAsync("/api/aggregates?indicator=HI_COV&orgUnit=SYN&period=2024");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);

        await SetReadOnlyAsync(false);
        using var client = FormSignIn.NewCookieClient(_app.BaseAddress);
        await FormSignIn.SignInAsync(client, TestCredentials.AdminUser, TestCredentials.AdminPassword);
        using var written = await _app.PostValueAsync("DOCTORS", OutageApp.Station, LastMonth(), "7");
        Assert.True(written.IsSuccessStatusCode, await written.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AReportTypedWhileTheDatabaseCannotTakeItStaysOnThePageAndSavesOnceItIsBack()
    {
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await Browser.PagesBrowser.OpenAsync(browser, _app.BaseAddress);
        await page.GotoAsync($"/report/{OutageApp.Station}/{LastMonth()}");
        var field = page.Locator("#f-DOCTORS");
        await Assertions.Expect(field).ToBeVisibleAsync();
        // One more doctor than stored: a change the form takes without asking for a note.
        var stored = await field.InputValueAsync();
        var typed = ((string.IsNullOrWhiteSpace(stored) ? 0 : int.Parse(stored, NumberStyles.Number, CultureInfo.GetCultureInfo("vi-VN"))) + 1)
            .ToString(CultureInfo.InvariantCulture);

        await SetReadOnlyAsync(true);
        await page.FillAsync("#f-DOCTORS", typed);
        await page.PressAsync("#f-DOCTORS", "Tab");
        await page.ClickAsync("[data-testid='report-save']");
        var message = page.Locator("[data-testid='report-message']");
        await Assertions.Expect(message).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Infrastructure.Browser.SaveScreenshotAsync(page, "database-outage-report.png");
        Assert.Equal(typed, await field.InputValueAsync());
        Assert.Matches("cannot be written|Không ghi được|could not take the save|Không lưu được", await message.InnerTextAsync());

        await SetReadOnlyAsync(false);
        await page.ClickAsync("[data-testid='report-save']");
        await Assertions.Expect(message).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Đã lưu|Saved"), new() { Timeout = 15_000 });
        Assert.Equal(typed, await field.InputValueAsync());
    }

    private async Task SetReadOnlyAsync(bool readOnly)
    {
        await _app.Server.ExecuteAsync($"ALTER DATABASE {OutageApp.DatabaseName} SET default_transaction_read_only = {(readOnly ? "on" : "off")}");
        await _app.Server.ExecuteAsync(
            $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{OutageApp.DatabaseName}' AND pid <> pg_backend_pid()");
        // The app hears of it on its LISTEN connection and drops its pool; a failover takes longer than this anyway.
        await Task.Delay(TimeSpan.FromSeconds(2));
    }

    private async Task AssertOutageAnswersAsync(string english, string vietnamese)
    {
        using var signIn = await FormSignIn.PostAsync(FormSignIn.NewCookieClient(_app.BaseAddress), TestCredentials.AdminUser, TestCredentials.AdminPassword);
        await AssertPageSaysAsync(signIn, english, vietnamese);
        using var read = await _app.Node.Http.GetAsync("/api/aggregates?indicator=HI_COV&orgUnit=SYN&period=2024");
        await AssertApiSaysAsync(read, english, vietnamese);
        using var write = await _app.PostValueAsync("DOCTORS", OutageApp.Station, LastMonth(), "8");
        await AssertApiSaysAsync(write, english, vietnamese);
        using var hub = await _app.Node.Http.PostAsync("/hubs/indicators/negotiate?negotiateVersion=1", null);
        await AssertApiSaysAsync(hub, english, vietnamese);
    }

    private static async Task AssertPageSaysAsync(HttpResponseMessage response, string english, string vietnamese)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {body}");
        Assert.Contains(english, body, StringComparison.Ordinal);
        Assert.Contains(vietnamese, body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    private static async Task AssertApiSaysAsync(HttpResponseMessage response, string english, string vietnamese)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode}: {body}");
        var message = await response.Content.ReadFromJsonAsync<ApiMessage>();
        Assert.Contains(english, message!.MessageEn, StringComparison.Ordinal);
        Assert.Contains(vietnamese, message.Message, StringComparison.Ordinal);
    }

    /// <summary>Sends a one-row CSV through the import page's form, with the antiforgery token of <paramref name="importForm"/>.</summary>
    internal static Task<HttpResponseMessage> UploadAsync(HttpClient client, string importForm, string station = OutageApp.Station)
    {
        var token = System.Text.RegularExpressions.Regex.Match(importForm, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        var csv = $"data_element,org_unit,period,value\nDOCTORS,{station},{LastMonth()},9\n";
        return client.PostAsync("/import/upload", new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "outage.csv" },
        });
    }

    internal static string LastMonth() => Period.MonthOf(DateOnly.FromDateTime(DateTime.Now).AddMonths(-1)).ToString();
}
