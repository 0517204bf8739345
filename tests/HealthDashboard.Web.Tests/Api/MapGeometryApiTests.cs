using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using HealthDashboard.Web.Api;
using HealthDashboard.Web.Features.Map;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthDashboard.Web.Tests.Api;

/// <summary>The map's shapes over HTTP: what plotly fetches once per page instead of receiving them through the circuit.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class MapGeometryApiTests(SeededAppFixture app)
{
    [Fact]
    public async Task TheVersionedAddressGivesEveryCommuneOfTheProvinceAndMayBeCachedForGood()
    {
        var geometry = await app.Factory.Services.GetRequiredService<MapGeometryCache>().GetAsync("AG", MapLevel.Commune);
        await using var context = app.Database.Context();
        var communes = (await (from o in context.OrgUnits
                               join d in context.OrgUnits on o.ParentId equals d.Id
                               join p in context.OrgUnits on d.ParentId equals p.Id
                               where p.Code == "AG" && o.Kind == "commune"
                               select o.Code).ToListAsync()).ToHashSet();
        using var client = await app.Factory.CreateApiClientAsync();

        using var response = await client.GetAsync(geometry.Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
        using var shapes = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ids = shapes.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToHashSet();
        Assert.Equal(156, communes.Count);
        Assert.True(communes.SetEquals(ids!), "every commune of An Giang, and nothing else, is an area");

        // The districts outlined over the communes are their own collection, at their own versioned address.
        Assert.NotNull(geometry.OutlinesUrl);
        using var outlines = await client.GetAsync(geometry.OutlinesUrl);
        Assert.Equal(HttpStatusCode.OK, outlines.StatusCode);
        using var districts = JsonDocument.Parse(await outlines.Content.ReadAsStringAsync());
        Assert.Equal(11, districts.RootElement.GetProperty("features").GetArrayLength());
        Assert.NotEqual(response.Headers.ETag, outlines.Headers.ETag);
    }

    [Fact]
    public async Task AnAddressWithoutTheVersionIsAskedAgainAndAnsweredNotModifiedWhileTheShapesAreTheSame()
    {
        using var client = await app.Factory.CreateApiClientAsync();

        using var first = await client.GetAsync("/api/map/geometry/ag/district");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl?.NoCache);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/map/geometry/AG/district");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task NoSharedCacheMayKeepTheShapesForAnotherCaller()
    {
        // Who may see a unit's shapes depends on who asks (a key's subtree, a kiosk's wall): a proxy that kept one
        // caller's answer would hand it to the next, and a browser must not give one sign-in's copy to another.
        var geometry = await app.Factory.Services.GetRequiredService<MapGeometryCache>().GetAsync("AG", MapLevel.District);
        using var client = await app.Factory.CreateApiClientAsync("AG");

        foreach (var url in new[] { geometry.Url, "/api/map/geometry/AG/district" })
        {
            using var response = await client.GetAsync(url);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.Private, $"{url}: {response.Headers.CacheControl}");
            Assert.False(response.Headers.CacheControl?.Public, $"{url}: {response.Headers.CacheControl}");
            Assert.Contains("Cookie", response.Headers.Vary);
            Assert.Contains("X-Api-Key", response.Headers.Vary);
        }
    }

    [Theory]
    [InlineData("/api/map/geometry/AG/village", HttpStatusCode.BadRequest, "district or commune")]
    [InlineData("/api/map/geometry/XX_99/commune", HttpStatusCode.NotFound, "no org unit 'XX_99'")]
    [InlineData("/api/map/geometry/AG/commune?part=roads", HttpStatusCode.BadRequest, "use areas or outlines")]
    [InlineData("/api/map/geometry/AG/district?part=outlines", HttpStatusCode.NotFound, "has no district outlines")]
    public async Task ABadAddressGetsAMessageInBothLanguages(string url, HttpStatusCode status, string english)
    {
        using var client = await app.Factory.CreateApiClientAsync();

        using var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        var message = await response.Content.ReadFromJsonAsync<ApiMessage>();
        Assert.Contains(english, message!.MessageEn, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(message.Message));
    }
}
