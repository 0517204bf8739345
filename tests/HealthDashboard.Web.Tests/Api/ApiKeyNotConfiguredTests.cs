using System.Net;
using System.Net.Http.Json;
using HealthDashboard.Web.Api;
using HealthDashboard.Web.Tests.Infrastructure;

namespace HealthDashboard.Web.Tests.Api;

/// <summary>The shared seeded app has no Api:Key: writes are closed, with a message saying why, and nothing is written.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class ApiKeyNotConfiguredTests(SeededAppFixture app)
{
    [Theory]
    [InlineData("/api/dataValues")]
    [InlineData("/api/dataValueSets")]
    public async Task WritesAnswer503UntilAKeyIsConfigured(string path)
    {
        using var client = app.Factory.CreateClient();
        var before = await new HealthDashboard.Data.DataValues.DataValueStore(app.Database).CountAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = JsonContent.Create(new { dataElement = "PC_VISITS", orgUnit = "AG_LXU_01_TYT", period = "202406", value = "1" }),
        };
        request.Headers.Add(ApiKeyOptions.HeaderName, "anything");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Api:Key", (await response.Content.ReadFromJsonAsync<ApiMessage>())!.MessageEn);
        Assert.Equal(before, await new HealthDashboard.Data.DataValues.DataValueStore(app.Database).CountAsync());
    }
}
