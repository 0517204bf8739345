using System.Net;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HealthDashboard.Web.Tests.Localization;

[Collection(SeededAppCollection.Name)]
public sealed class CultureEndpointTests(SeededAppFixture app)
{
    [Fact]
    public async Task SwitchingToEnglishSetsTheCultureCookieAndGoesBackToThePage()
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/culture?c=en-US&redirect=%2Funits%2FAG_LXU");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/units/AG_LXU", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US", cookie, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("//example.org/")]
    [InlineData("/\\example.org")]
    public async Task ARedirectOffTheSiteGoesHomeInstead(string redirect)
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/culture?c=vi-VN&redirect=" + Uri.EscapeDataString(redirect));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AnUnknownCultureFallsBackToVietnamese()
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/culture?c=xx-YY&redirect=/");

        Assert.Contains("c%3Dvi-VN", Assert.Single(response.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
    }
}
