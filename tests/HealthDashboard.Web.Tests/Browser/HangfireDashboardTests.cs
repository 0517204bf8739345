using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// Hangfire's dashboard at /admin/hangfire in real Chromium: an admin sees the app's recurring jobs under the app's
/// own Content-Security-Policy, with nothing refused by it; who else may come in is the authorization matrix's part.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class HangfireDashboardTests(SeededAppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task AnAdminSeesTheRecurringJobsUnderTheAppsCspWithNothingRefused()
    {
        using var copy = await app.CopyAsync();
        using var web = await WebAppProcess.StartAsync(copy.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewPageAsync(web.BaseAddress);
        page.SetDefaultTimeout(60_000);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (problems) { problems.Add(message.Text); }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (problems) { problems.Add(error); }
        };

        var response = await page.GotoAsync("/admin/hangfire/recurring");

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, await response.HeaderValueAsync("content-security-policy"));
        foreach (var job in new[] { "recompute", "completeness", "data-quality" })
        {
            await Assertions.Expect(page.GetByText(job, new() { Exact = true }).First).ToBeVisibleAsync();
        }

        // The dashboard's own script runs (it draws the live counters) and the way back leads to the jobs page.
        await Assertions.Expect(page.Locator("a[href='/admin/jobs']").First).ToBeAttachedAsync();
        await page.GotoAsync("/admin/hangfire");
        await Assertions.Expect(page.Locator("#realtimeGraph, .hangfire-graph, svg").First).ToBeAttachedAsync();
        await page.WaitForTimeoutAsync(2_500);
        output.WriteLine($"Screenshot: {await Infrastructure.Browser.SaveScreenshotAsync(page, "hangfire-dashboard.png")}");
        lock (problems)
        {
            Assert.True(problems.Count == 0, "Console errors (a CSP refusal among them?):\n" + string.Join("\n", problems));
        }
    }
}
