using System.Net;
using HealthDashboard.Web.Features.Map;
using HealthDashboard.Web.Storage;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HealthDashboard.Web.Tests.Security;

/// <summary>
/// The content-security policy, framing, sniffing and referrer headers on every kind of answer: a page, the files the
/// pages load, a 400, a 401, a 403, a 404, and a request that throws, which the exception handler answers after
/// clearing the response.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class EveryResponseCarriesTheSecurityHeadersTests(SeededAppFixture app)
{
    public enum Asking { Anonymous, Admin, KeyForKonTum }

    [Theory]
    [InlineData("/", Asking.Admin, HttpStatusCode.OK)]
    [InlineData("/account/login", Asking.Anonymous, HttpStatusCode.OK)]
    [InlineData("/lib/site.css", Asking.Anonymous, HttpStatusCode.OK)]
    [InlineData("/lib/map.js", Asking.Anonymous, HttpStatusCode.OK)]
    [InlineData("/lib/plotly.min.js", Asking.Anonymous, HttpStatusCode.OK)]
    [InlineData("/_framework/blazor.web.js", Asking.Anonymous, HttpStatusCode.OK)]
    [InlineData("/api/map/geometry/AG/village", Asking.Admin, HttpStatusCode.BadRequest)]
    [InlineData("/api/indicators", Asking.Anonymous, HttpStatusCode.Unauthorized)]
    [InlineData("/api/orgUnits?parent=AG", Asking.KeyForKonTum, HttpStatusCode.Forbidden)]
    [InlineData("/api/no-such-endpoint", Asking.Admin, HttpStatusCode.NotFound)]
    [InlineData("/no/such/page", Asking.Admin, HttpStatusCode.NotFound)]
    public async Task EveryAnswerCarriesTheHeaders(string url, Asking caller, HttpStatusCode status)
    {
        using var client = caller switch
        {
            Asking.Admin => await app.Factory.CreateSignedInClientAsync(),
            Asking.KeyForKonTum => await app.Factory.CreateApiClientAsync("KT"),
            _ => app.Factory.CreateClient(),
        };

        using var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        AssertHeaders(response);
    }

    [Fact]
    public async Task AnApiRequestThatThrowsGetsItsJson500WithTheHeaders()
    {
        using var file = new TempSqliteFile();
        // The map's shape cache cannot be made: the geometry endpoint throws on each request.
        await using var broken = new DashboardFactory(
            new Dictionary<string, string?> { ["Database:ConnectionString"] = file.ConnectionString, ["Database:SeedSampleData"] = "false" },
            services => services.AddSingleton<MapGeometryCache>(_ => throw new InvalidOperationException("a test's broken shape cache")));
        // The first admin is made right after the migrations: wait for them before signing in.
        await broken.Services.GetRequiredService<DataReadiness>().WhenReady.WaitAsync(TimeSpan.FromMinutes(1));
        using var client = await broken.CreateSignedInClientAsync();

        using var response = await client.GetAsync("/api/map/geometry/AG/district");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        AssertHeaders(response);
    }

    private static void AssertHeaders(HttpResponseMessage response)
    {
        var what = $"{response.RequestMessage?.RequestUri?.PathAndQuery} ({(int)response.StatusCode})";
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), $"{what} has no Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", string.Join(",", csp));
        Assert.True(response.Headers.TryGetValues("X-Frame-Options", out var frame) && frame.Single() == "DENY", $"{what} may be framed");
        Assert.True(response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) && sniff.Single() == "nosniff", $"{what} may be sniffed");
        Assert.True(response.Headers.TryGetValues("Referrer-Policy", out var referrer) && referrer.Single() == "no-referrer", $"{what} leaks its address");
    }
}
