using System.Net;
using System.Net.Http.Json;
using HealthDashboard.Data.Security;
using HealthDashboard.Web.Api;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HealthDashboard.Web.Tests.Api;

/// <summary>API keys live in the database, hashed; a wrong, unknown or revoked key writes nothing and says why.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class ApiKeyTests(SeededAppFixture app)
{
    [Theory]
    [InlineData("/api/dataValues", null)]
    [InlineData("/api/dataValueSets", "hdapi_not-a-key-of-ours")]
    [InlineData("/api/dataValues", "' OR 1=1 --")]
    public async Task AMissingOrUnknownKeyIs401AndWritesNothing(string path, string? key)
    {
        using var client = app.Factory.CreateClient();
        var before = await new HealthDashboard.Data.DataValues.DataValueStore(app.Database).CountAsync();

        using var response = await client.SendAsync(Write(path, key));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("X-Api-Key", (await response.Content.ReadFromJsonAsync<ApiMessage>())!.MessageEn);
        Assert.Equal(before, await new HealthDashboard.Data.DataValues.DataValueStore(app.Database).CountAsync());
    }

    [Fact]
    public async Task OnlyTheKeysHashIsStored()
    {
        var secret = await TestCredentials.CreateApiKeyAsync(app.Database, "AG", "hash check");

        await using var connection = await app.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key_hash || '|' || prefix FROM api_key WHERE name = 'hash check'";
        var stored = (string)(await command.ExecuteScalarAsync())!;

        Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
        Assert.Equal(SecretHash.Of(secret) + "|" + secret[..12], stored);
    }

    [Fact]
    public async Task ARevokedKeyIsRefusedAtOnce()
    {
        var (key, secret) = await new ApiKeyStore(app.Database).CreateAsync("to revoke", "AG", "tests");
        using var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        using (var before = await client.GetAsync("/api/orgUnits?parent=AG"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        // What the admin page does: revoke, then forget the cached keys of this node.
        await new ApiKeyStore(app.Database).RevokeAsync(key.Id);
        app.Factory.Services.GetRequiredService<ApiKeyCache>().Forget();

        using var after = await client.GetAsync("/api/orgUnits?parent=AG");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    private static HttpRequestMessage Write(string path, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = JsonContent.Create(new { dataElement = "PC_VISITS", orgUnit = "AG_LXU_01_TYT", period = "202406", value = "1" }),
        };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return request;
    }
}
