using System.Text;
using System.Text.RegularExpressions;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>Printing (A4 landscape): everything on paper, over as many pages as it takes, without the app's chrome.</summary>
[Collection(SeededAppCollection.Name)]
public sealed partial class PrintTests(SeededAppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task TheOverviewPrintsEveryTileOnA4LandscapePagesWithoutTheHeaderOrTree()
    {
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await PagesBrowser.OpenAsync(browser, web.BaseAddress);
        await page.GotoAsync("/");
        await page.Locator("[data-testid='tile-value']").First.WaitForAsync();
        var tiles = await page.Locator(".hd-tile").CountAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        // On paper every tile is laid out across the page's width, none hidden or pushed off its right edge.
        var laidOut = await page.EvaluateAsync<double[]>(
            "() => { const tiles = [...document.querySelectorAll('.hd-tile')].map(t => t.getBoundingClientRect()); const width = document.documentElement.clientWidth; return [tiles.filter(r => r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= width + 1).length, Math.min(...tiles.map(r => r.left))]; }");
        Assert.Equal(tiles, (int)laidOut[0]);
        Assert.True(laidOut[1] < 40, $"The tiles start {laidOut[1]} px from the paper's left edge: the drawer's room is still kept.");
        Assert.False(await page.Locator(".hd-header").IsVisibleAsync());
        Assert.False(await page.Locator(".hd-sidebar").IsVisibleAsync());

        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
        var pages = PdfPage().Matches(Encoding.Latin1.GetString(pdf)).Count;
        output.WriteLine($"{tiles} tiles on {pages} A4 pages");
        // Eight tiles fit a landscape page (two rows of four): fewer pages would mean tiles were cut off.
        Assert.True(pages >= (tiles + 7) / 8, $"{tiles} tiles printed on only {pages} pages.");
        var size = MediaBox().Match(Encoding.Latin1.GetString(pdf));
        Assert.True(size.Success && double.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > double.Parse(size.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
            "The pages are not landscape.");
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PdfPage();

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
