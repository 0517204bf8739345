using System.Net;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>Links anyone can type: every bad part gets a message in both languages, never a 500.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class BadLinkTests(SeededAppFixture app)
{
    public static TheoryData<string, string> BadExports => new()
    {
        { "/export/trends.csv?indicator=NOPE&unit=AG", "indicator" },
        { "/export/trends.xlsx?indicator=HI_COV&unit=XX_99", "org unit" },
        { "/export/trends.csv?periodType=week", "period type" },
        { "/export/rankings.csv?period=abc", "year" },
        { "/export/rankings.xlsx?period=99999", "year" },
        { "/export/rankings.csv?indicator=%27%3B%20DROP%20TABLE%20data_value%3B%20--", "indicator" },
        { "/export/overview.csv?unit=%3Cscript%3E", "org unit" },
        { "/export/nothing.csv", "no such export" },
        { "/export/trends.pdf", "no such export" },
    };

    [Theory]
    [MemberData(nameof(BadExports))]
    public async Task ABadExportLinkIsAClientErrorSayingWhatIsWrongInBothLanguages(string url, string english)
    {
        using var http = await app.Factory.CreateSignedInClientAsync();

        using var response = await http.GetAsync(url);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{url} answered {response.StatusCode}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains(english, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("không", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadPageLinksShowTheProblemsOnThePage()
    {
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await PagesBrowser.OpenAsync(browser, web.BaseAddress);

        string[] links =
        [
            "/trends?indicator=NOPE&unit=AG&periodType=week",
            "/trends?indicator=HI_COV&unit=%27%20OR%201%3D1%20--",
            "/rankings?indicator=IMR&unit=AG&period=abc",
            "/rankings?indicator=IMR&unit=AG&period=99999",
            "/rankings?indicator=DROP%20TABLE%20x&unit=AG_LXU&period=2024",
        ];
        foreach (var link in links)
        {
            var response = await page.GotoAsync(link);
            Assert.Equal(200, response!.Status);
            var problems = page.Locator("[data-testid='query-problems']");
            await Assertions.Expect(problems).ToBeVisibleAsync();
            // Vietnamese first, English beside it: a shared link may reach a reader of either.
            await Assertions.Expect(problems).ToContainTextAsync("Không");
            await Assertions.Expect(problems).ToContainTextAsync(new System.Text.RegularExpressions.Regex("is not|No org unit|There is no"));
            Assert.Equal(0, await page.Locator("[data-testid='export-csv']").CountAsync());
        }

        await page.GotoAsync("/trends?indicator=NOPE&unit=AG&periodType=week");
        await Assertions.Expect(page.Locator("[data-testid='query-problems'] li")).ToHaveCountAsync(2);

        // An unreadable wall flag is just "not the wall": the page still draws.
        await page.GotoAsync("/rankings?indicator=IMR&unit=AG&wall=maybe");
        await Assertions.Expect(page.Locator("[data-chart='drawn'] > [data-testid='ranking-chart']")).ToHaveCountAsync(1);
    }

    [Theory]
    [InlineData("desk", 1920, 1080)]
    [InlineData("phone", 390, 844)]
    [InlineData("wall-4k", 3840, 2160)]
    public async Task AMistypedAddressShowsTheNotFoundPageWithAWayBackAtEverySize(string size, int width, int height)
    {
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await PagesBrowser.OpenAsync(browser, web.BaseAddress);
        await page.SetViewportSizeAsync(width, height);

        var response = await page.GotoAsync("/bao-cao-khong-co");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Không tìm thấy trang");
        var home = page.Locator(".hd-notice a[href='/']");
        await Assertions.Expect(home).ToBeInViewportAsync();
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the page scrolls sideways");
        await Infrastructure.Browser.SaveScreenshotAsync(page, $"not-found-{size}.png");
        await home.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
    }
}
