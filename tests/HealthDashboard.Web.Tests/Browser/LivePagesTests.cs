using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using HealthDashboard.Web.Api;
using HealthDashboard.Web.Tests.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>Open pages follow values saved through the API, without reloading (on the realtime tests' own database).</summary>
[Collection(RealtimeAppCollection.Name)]
public sealed class LivePagesTests(RealtimeAppFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task AValueSavedThroughTheApiRedrawsAnOpenTrendAndStationProfile()
    {
        var year = DateTime.Now.Year - 1;
        var month = DateTime.Now.ToString("yyyyMM", CultureInfo.InvariantCulture);
        await using var context = fixture.Database.Context();
        var commune = await context.Database.SqlQuery<string>(
            $"SELECT code AS \"Value\" FROM org_unit WHERE code LIKE 'KT_KTU_%' AND kind = 'commune' ORDER BY code LIMIT 1").SingleAsync();
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var trend = await PagesBrowser.OpenAsync(browser, fixture.App.BaseAddress);
        await trend.GotoAsync($"/trends?indicator=HI_COV&unit={commune}&periodType=year");
        await PagesBrowser.ChartAsync(trend, "trend-chart");
        var profile = await PagesBrowser.OpenAsync(browser, fixture.App.BaseAddress);
        await profile.GotoAsync($"/units/{commune}");
        var doctors = profile.Locator("[data-key='DOCTORS'] [data-testid='station-value']");
        await Assertions.Expect(doctors).Not.ToContainTextAsync("17");
        await trend.EvaluateAsync("() => { window.__plotBefore = document.querySelector(\"[data-testid='trend-chart']\"); }");

        // Half the commune insured last December; seventeen doctors at its station this month. A population above any
        // sample commune's, so the stored parts of it (people managed, with a record) stay below it as the rules ask.
        await SaveAsync(("POP", commune + "_TYT", $"{year}12", "100000"), ("HI_INSURED", commune + "_TYT", $"{year}12", "50000"), ("DOCTORS", commune + "_TYT", month, "17"));

        await trend.WaitForFunctionAsync(
            $"() => document.querySelector(\"[data-testid='trend-chart']\").data.some(t => t.meta.role === 'unit' && t.x.some((x, i) => x.startsWith('{year}') && t.y[i] === 50))",
            null, new PageWaitForFunctionOptions { Timeout = 2_000 });
        // The same plot took the new figures (Plotly.react): not a new plot in a new element.
        Assert.True(await trend.EvaluateAsync<bool>("() => window.__plotBefore === document.querySelector(\"[data-testid='trend-chart']\")"), "The trend was drawn as a new plot.");
        await Assertions.Expect(doctors).ToContainTextAsync("17", new LocatorAssertionsToContainTextOptions { Timeout = 2_000 });
    }

    private async Task SaveAsync(params (string Element, string Unit, string Period, string Value)[] values)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/dataValueSets")
        {
            Content = JsonContent.Create(new { dataValues = values.Select(v => new { dataElement = v.Element, orgUnit = v.Unit, period = v.Period, value = v.Value }) }),
        };
        request.Headers.Add("X-Api-Key", fixture.App.ApiKey);
        using var response = await fixture.App.Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AValueSavedThroughTheApiMovesABarOfAnOpenRankingWithinTwoSeconds()
    {
        var year = DateTime.Now.Year - 1;
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await PagesBrowser.OpenAsync(browser, fixture.App.BaseAddress);
        await page.GotoAsync($"/rankings?indicator=HI_COV&unit=KT_DGL&period={year}");
        await PagesBrowser.ChartAsync(page, "ranking-chart");
        var rows = page.Locator("[data-testid='ranking-table'] [data-testid='ranking-unit']");
        var before = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.code)");
        var last = before.Last();
        Assert.NotEqual(before[0], last);
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");

        // Every person of the last commune insured in December: 100 %, above every sample commune (they stop at 99.2 %). A
        // population above any sample commune's, so the stored parts of it stay below it as the pair rules ask.
        var clock = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/dataValueSets")
        {
            Content = JsonContent.Create(new
            {
                dataValues = new[]
                {
                    new { dataElement = "POP", orgUnit = last + "_TYT", period = $"{year}12", value = "100000" },
                    new { dataElement = "HI_INSURED", orgUnit = last + "_TYT", period = $"{year}12", value = "100000" },
                },
            }),
        };
        request.Headers.Add("X-Api-Key", fixture.App.ApiKey);
        using var response = await fixture.App.Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-code", last, new LocatorAssertionsToHaveAttributeOptions { Timeout = 2_000 });
        output.WriteLine($"The saved value moved {last} to the top {clock.ElapsedMilliseconds} ms after the request was sent.");
        await Assertions.Expect(page.Locator("[data-testid='ranking-table'] tbody tr").First.Locator("[data-testid='ranking-value']")).ToHaveTextAsync("100,0%");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        // The chart was redrawn too: its first bar is the commune.
        await page.WaitForFunctionAsync($"() => document.querySelector(\"[data-testid='ranking-chart']\").layout.yaxis.categoryarray[0] === '{last}'",
            null, new PageWaitForFunctionOptions { Timeout = 2_000 });
        await Assertions.Expect(MudSelects.Shown(page, "year-picker")).ToHaveTextAsync(year.ToString(CultureInfo.InvariantCulture));
    }
}
