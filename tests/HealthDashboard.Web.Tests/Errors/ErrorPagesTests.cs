using System.Net;
using HealthDashboard.Web.Tests.Infrastructure;

namespace HealthDashboard.Web.Tests.Errors;

[Collection(SeededAppCollection.Name)]
public sealed class ErrorPagesTests(SeededAppFixture app)
{
    [Fact]
    public async Task AnUnknownAddressGetsAFriendly404PageInVietnamese()
    {
        using var client = await app.Factory.CreateSignedInClientAsync();

        var response = await client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Không tìm thấy trang", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheErrorPageSpeaksEnglishWithTheEnglishCookie()
    {
        using var client = await app.Factory.CreateSignedInClientAsync();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");

        var html = await client.GetStringAsync("/error");

        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHomePageShellAnswersWithTheVietnameseDefaultWhateverTheBrowserAsks()
    {
        using var client = await app.Factory.CreateSignedInClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("lang=\"vi\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
