using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using HealthDashboard.Web.Tests.Infrastructure;

namespace HealthDashboard.Web.Tests.Hosting;

/// <summary>How the app, run from its build output as the README runs it, serves its scripts.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class StaticAssetsTests(SeededAppFixture app)
{
    [Fact]
    public async Task PlotlyBlazorsAddressAnswersWithTheAppsOwnBundleAsTheBuildCompressedIt()
    {
        // Where Plotly.Blazor loads plotly.js from, asked for once without compression: the app's own bundle answers.
        const string Plotly = "/_content/Plotly.Blazor/plotly-3.7.0.min.js";
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2), waitForData: false);
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = web.BaseAddress };
        var original = await client.GetByteArrayAsync(Plotly);
        Assert.Equal(await client.GetByteArrayAsync("/lib/plotly/plotly-hd.min.js"), original);
        // Plotly.Blazor's own bundle is 4.85 MB; the four trace types the app draws are about 1.3 MB.
        Assert.InRange(original.Length, 500_000, 2_000_000);
        using var request = new HttpRequestMessage(HttpMethod.Get, Plotly);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
        var sent = await response.Content.ReadAsByteArrayAsync();
        // Re-gzipped at run time (no compression, the whole file held in the server's buffers) it would be larger than the file.
        Assert.True(sent.Length < original.Length / 2, $"plotly went out as {sent.Length:N0} bytes for a {original.Length:N0}-byte file");
        await using var unzipped = new GZipStream(new MemoryStream(sent), CompressionMode.Decompress);
        using var copy = new MemoryStream();
        await unzipped.CopyToAsync(copy);
        Assert.Equal(original, copy.ToArray());
    }

    [Fact]
    public async Task EveryStylesheetAndScriptAPageLinksGoesOutCompressed()
    {
        // A signed-in page: the interactive ones also load Blazor's and MudBlazor's scripts (App.razor).
        using var web = await WebAppProcess.StartAsync(app.File.ConnectionString, TimeSpan.FromMinutes(2), waitForData: false);
        using var client = FormSignIn.NewCookieClient(web.BaseAddress);
        await FormSignIn.SignInAsync(client, TestCredentials.AdminUser, TestCredentials.AdminPassword);
        var page = await client.GetStringAsync("/units/AG");
        var files = System.Text.RegularExpressions.Regex.Matches(page, "<link rel=\"stylesheet\" href=\"([^\"]+)\"|<script src=\"([^\"]+)\"")
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToList();
        Assert.Contains(files, f => f.Contains("MudBlazor.min.css", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Contains("MudBlazor.min.js", StringComparison.Ordinal));

        var uncompressed = new List<string>();
        foreach (var file in files)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/" + file.TrimStart('/'));
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (!response.Content.Headers.ContentEncoding.Contains("gzip"))
            {
                uncompressed.Add($"{file} ({(await response.Content.ReadAsByteArrayAsync()).Length:N0} B)");
            }
        }

        Assert.Empty(uncompressed);
    }
}
