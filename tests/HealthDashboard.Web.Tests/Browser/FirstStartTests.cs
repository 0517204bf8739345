using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>The first start on an empty database, in real Chromium: the site answers while the sample is seeded.</summary>
/// <remarks>In the seeded app's collection only to run alone: two seedings at once on two cores slow every test down.</remarks>
[Collection(SeededAppCollection.Name)]
public sealed class FirstStartTests
{
    [Fact]
    public async Task APageOpenedWhileSeedingSaysSoAndShowsTheFiguresWithoutAReload()
    {
        using var file = new TempSqliteFile();
        using var web = await WebAppProcess.StartAsync(file.ConnectionString, TimeSpan.FromMinutes(1), waitForData: false);
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewAnonymousPageAsync(web.BaseAddress);
        // Signed in over HTTP and handed the cookie: quicker than the form in the browser, so the page still finds the
        // sample being seeded. The admin is made right after the migrations; until then the form says "wrong password".
        var cookies = new System.Net.CookieContainer();
        using (var http = FormSignIn.NewCookieClient(web.BaseAddress, cookies))
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (true)
            {
                try
                {
                    await FormSignIn.SignInAsync(http, TestCredentials.AdminUser, TestCredentials.AdminPassword);
                    break;
                }
                catch (InvalidOperationException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(100);
                }
            }
        }

        await page.Context.AddCookiesAsync(cookies.GetAllCookies().Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = web.BaseAddress.Host, Path = c.Path, HttpOnly = c.HttpOnly,
        }));
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;

        await page.GotoAsync("/");

        // Seeding takes seconds (about 7 s here); the page is up in well under one.
        await Assertions.Expect(page.Locator(".hd-notice[data-state='Preparing']")).ToContainTextAsync("Đang chuẩn bị dữ liệu mẫu…");
        await Infrastructure.Browser.SaveScreenshotAsync(page, "preparing.png");
        await Assertions.Expect(page.Locator("[data-indicator='HI_COV'] [data-testid='tile-value']"))
            .ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 240_000 });
        await Assertions.Expect(page.Locator("li[data-code='AG']")).ToBeVisibleAsync();
        Assert.Equal(1, navigations);
    }
}
