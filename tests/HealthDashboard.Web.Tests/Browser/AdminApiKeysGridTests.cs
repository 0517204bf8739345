using System.Text.RegularExpressions;
using HealthDashboard.Data.Security;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>Issue 13, point 7: the API keys list is a grid an admin sorts by clicking a column's head.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class AdminApiKeysGridTests(SeededAppFixture app)
{
    private static readonly string[] Names = ["Châu Đốc nhập liệu", "An Phú nhập liệu", "Bệnh viện tỉnh"];

    [Fact]
    public async Task TheKeysAreSortedByNameBothWaysFromTheColumnHead()
    {
        using var copy = await app.CopyAsync();
        var keys = new ApiKeyStore(new Data.Db.Database(new Data.Db.DatabaseOptions { ConnectionString = copy.ConnectionString }));
        // Made out of order, so that neither the order they were made in nor its reverse is sorted by name.
        foreach (var name in Names)
        {
            await keys.CreateAsync(name, "AG", "tests");
        }

        using var web = await WebAppProcess.StartAsync(copy.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var admin = await PagesBrowser.OpenAsync(browser, web.BaseAddress);
        await admin.GotoAsync("/admin/apikeys");
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Khóa API");
        await Assertions.Expect(Ours(admin)).ToHaveCountAsync(Names.Length);

        var nameHead = admin.Locator("[data-testid='apikeys'] th .sortable-column-header", new() { HasTextRegex = new Regex("^Tên$") });
        await nameHead.ClickAsync();
        await ExpectOrderAsync(admin, ["An Phú nhập liệu", "Bệnh viện tỉnh", "Châu Đốc nhập liệu"]);
        await Infrastructure.Browser.SaveScreenshotAsync(admin, "admin-apikeys-sorted.png");
        await nameHead.ClickAsync();
        await ExpectOrderAsync(admin, ["Châu Đốc nhập liệu", "Bệnh viện tỉnh", "An Phú nhập liệu"]);
    }

    /// <summary>This test's keys, in the grid's order (the sample may hold keys of its own).</summary>
    private static ILocator Ours(IPage page) =>
        page.Locator("[data-testid='apikeys'] tbody [data-apikey]").Filter(new() { HasTextRegex = new Regex($"^({string.Join('|', Names)})$") });

    private static async Task ExpectOrderAsync(IPage page, string[] expected) => await Assertions.Expect(Ours(page)).ToHaveTextAsync(expected);
}
