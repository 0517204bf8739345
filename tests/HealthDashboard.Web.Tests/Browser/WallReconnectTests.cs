using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>A wall left alone survives a server restart: it shows it lost the server, then reloads itself when it is back.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class WallReconnectTests(SeededAppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task AfterTheServerRestartsTheWallSaysItLostTheConnectionThenReloadsByItself()
    {
        var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        var port = web.BaseAddress.Port;
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.NewPageAsync(web.BaseAddress);
        page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(60_000);
        await page.GotoAsync("/wall/giao-ban");
        await page.Locator("[data-testid='wall-kpis']").WaitForAsync();
        var connection = page.Locator("[data-testid='connection']");
        // "up" is also the server-rendered default: wait until wall.js watches the connection, or a stop comes unseen.
        await Assertions.Expect(connection).ToHaveAttributeAsync("data-watched", "true");
        await Assertions.Expect(connection).ToHaveAttributeAsync("data-state", "up");
        await page.EvaluateAsync("() => window.__beforeRestart = true");

        web.Dispose();
        await Assertions.Expect(connection).Not.ToHaveAttributeAsync("data-state", "up", new() { Timeout = 30_000 });
        output.WriteLine($"Server stopped: the wall's connection dot says {await connection.GetAttributeAsync("data-state")}.");
        await Infrastructure.Browser.SaveScreenshotAsync(page, "wall-disconnected.png");

        using var restarted = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2), port: port);

        // The new server does not know the old circuit: the wall must load itself again, and show its slides.
        await page.WaitForFunctionAsync("() => window.__beforeRestart === undefined", null, new() { Timeout = 90_000 });
        await page.Locator("[data-testid='wall-kpis']").WaitForAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("[data-testid='connection']")).ToHaveAttributeAsync("data-state", "up");
    }
}
