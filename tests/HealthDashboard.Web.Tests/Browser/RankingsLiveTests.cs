using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using HealthDashboard.Web.Api;
using HealthDashboard.Web.Tests.Realtime;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>An open rankings page follows a value saved through the API, without reloading (on the realtime tests' own database).</summary>
[Collection(RealtimeAppCollection.Name)]
public sealed class RankingsLiveTests(RealtimeAppFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task AValueSavedThroughTheApiMovesABarOfAnOpenRankingWithinTwoSeconds()
    {
        var year = DateTime.Now.Year - 1;
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await PagesBrowser.OpenAsync(browser, fixture.App.BaseAddress);
        await page.GotoAsync($"/rankings?indicator=HI_COV&unit=KT_DGL&period={year}");
        await PagesBrowser.ChartAsync(page, "ranking-chart");
        var rows = page.Locator("[data-testid='ranking-table'] tbody tr");
        var before = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.code)");
        var last = before.Last();
        Assert.NotEqual(before[0], last);
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");

        // Every person of the last commune insured in December: 100 %, above every sample commune (they stop at 99.2 %).
        var clock = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/dataValueSets")
        {
            Content = JsonContent.Create(new
            {
                dataValues = new[]
                {
                    new { dataElement = "POP", orgUnit = last + "_TYT", period = $"{year}12", value = "1000" },
                    new { dataElement = "HI_INSURED", orgUnit = last + "_TYT", period = $"{year}12", value = "1000" },
                },
            }),
        };
        request.Headers.Add(ApiKeyOptions.HeaderName, RealtimeAppFixture.ApiKey);
        using var response = await fixture.App.Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-code", last, new LocatorAssertionsToHaveAttributeOptions { Timeout = 2_000 });
        output.WriteLine($"The saved value moved {last} to the top {clock.ElapsedMilliseconds} ms after the request was sent.");
        await Assertions.Expect(rows.First.Locator("[data-testid='ranking-value']")).ToHaveTextAsync("100,0%");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        // The chart was redrawn too: its first bar is the commune.
        await page.WaitForFunctionAsync($"() => document.querySelector(\"[data-testid='ranking-chart']\").layout.yaxis.categoryarray[0] === '{last}'",
            null, new PageWaitForFunctionOptions { Timeout = 2_000 });
        Assert.Equal(year.ToString(CultureInfo.InvariantCulture), await page.Locator("[data-testid='year-picker']").InputValueAsync());
    }
}
