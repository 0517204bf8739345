using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using HealthDashboard.Data.Security;
using HealthDashboard.Data.Wall;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Wall;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// A wall PC with nothing but its kiosk address: it shows its playlist, updates live, may open nothing else, and stops
/// within a minute of the token's revocation, saying why.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class KioskWallTests(SeededAppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task AKioskWallUpdatesLiveWithItsTokenAndStopsWithinAMinuteOfRevocationSayingWhy()
    {
        using var copy = await app.CopyAsync();
        var database = new Data.Db.Database(new Data.Db.DatabaseOptions { ConnectionString = copy.ConnectionString });
        await new PlaylistStore(database).SaveAsync(new WallPlaylist("test-kiosk", "Kiosk", 3600, [new WallSlide(WallSlideKind.Kpi, "AG")]));
        var (token, secret) = await new KioskTokenStore(database).CreateAsync("Phòng họp tầng 2", "test-kiosk", null, "tests");
        using var web = await WebAppProcess.StartAsync(copy.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewAnonymousPageAsync(web.BaseAddress);
        page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(60_000);

        // The address an admin hands out: it swaps the token for a cookie and opens the playlist.
        await page.GotoAsync("/kiosk/" + secret);
        Assert.EndsWith("/wall/test-kiosk", page.Url, StringComparison.Ordinal);
        var value = page.Locator("[data-indicator='HI_COV'] [data-testid='wall-value']");
        await Assertions.Expect(value).ToBeVisibleAsync();

        // Live with the token: a saved value reaches the wall without a reload.
        var before = await value.InnerTextAsync();
        using var http = new HttpClient { BaseAddress = web.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", web.ApiKey);
        (await http.PostAsJsonAsync("/api/dataValues", new
        {
            dataElement = "HI_INSURED", orgUnit = "AG_LXU_01_TYT", period = ProvinceCalendar.Now.LastDueMonth.ToString(),
            value = "0",
        })).EnsureSuccessStatusCode();
        await Assertions.Expect(value).Not.ToHaveTextAsync(before, new() { Timeout = 5_000 });

        // The kiosk may open its wall and nothing else, in another tab of the same browser.
        var other = await page.Context.NewPageAsync();
        await other.GotoAsync("/");
        Assert.Contains("/account/denied", other.Url, StringComparison.Ordinal);
        // Its way back is its wall, not the overview that refused it.
        await other.Locator("[data-testid='back-to-wall']").ClickAsync();
        await Assertions.Expect(other).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/wall/test-kiosk$"));
        await Assertions.Expect(other.Locator("[data-indicator='HI_COV'] [data-testid='wall-value']")).ToBeVisibleAsync();
        await other.CloseAsync();

        // Revoked in the database, as another node's admin page would: this node hears of it only by asking.
        await new KioskTokenStore(database).RevokeAsync(token.Id);
        var clock = Stopwatch.StartNew();
        var stopped = page.Locator("[data-testid='kiosk-stopped']");
        await Assertions.Expect(stopped).ToBeVisibleAsync(new() { Timeout = 60_000 });
        output.WriteLine($"The wall stopped {clock.Elapsed.TotalSeconds:F1} s after the token was revoked.");
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1));
        await Assertions.Expect(stopped).ToContainTextAsync("thu hồi");
        Assert.Equal(0, await page.Locator("[data-testid='wall-value']").CountAsync());
        await Infrastructure.Browser.SaveScreenshotAsync(page, "kiosk-revoked.png");

        // What the wall's reconnect logic would do after a restart: the reload lands on the reason, not on a sign-in form.
        await page.ReloadAsync();
        Assert.Contains("/kiosk/ended?reason=revoked", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("[data-testid='kiosk-ended']")).ToContainTextAsync("thu hồi");
    }

    [Theory]
    [InlineData("hdk_no-such-token", "không hợp lệ")]
    [InlineData("%27%20OR%201%3D1%20--", "không hợp lệ")]
    public async Task AnUnknownKioskAddressSaysSoAndSignsNothingIn(string token, string text)
    {
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewAnonymousPageAsync(web.BaseAddress);

        await page.GotoAsync("/kiosk/" + token);

        Assert.Contains("/kiosk/ended?reason=unknown", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("[data-testid='kiosk-ended']")).ToContainTextAsync(text);
        await page.GotoAsync("/wall/giao-ban");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
    }
}
