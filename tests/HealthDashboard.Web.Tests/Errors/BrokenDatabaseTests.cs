using System.Net;
using System.Net.Http.Json;
using HealthDashboard.Web.Api;
using HealthDashboard.Web.Storage;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthDashboard.Web.Tests.Errors;

public sealed class BrokenDatabaseTests
{
    [Fact]
    public async Task AMisconfiguredDatabaseGivesAMessageNotACrashOrAStackTrace()
    {
        // PostgreSQL without a connection string: the Database cannot even be built.
        await using var factory = new DashboardFactory(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["Database:ConnectionString"] = "",
        });
        var readiness = factory.Services.GetRequiredService<DataReadiness>();
        await Assert.ThrowsAsync<InvalidOperationException>(() => readiness.WhenReady.WaitAsync(TimeSpan.FromSeconds(30)));
        using var client = factory.CreateClient();
        using var apiRequest = new HttpRequestMessage(HttpMethod.Get, "/api/orgUnits?parent=AG");
        apiRequest.Headers.Add("X-Api-Key", "hdapi_some-key");

        var api = await client.SendAsync(apiRequest);
        // Anyone not signed in is shown the sign-in page, which needs no database until the form is sent.
        var page = await client.GetAsync("/");

        Assert.Equal(DataState.Failed, readiness.State);
        // Not "wrong key" (401): the key could not be checked at all, because the database could not be prepared.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal(ReadinessFilter.NotPrepared, await api.Content.ReadFromJsonAsync<ApiMessage>());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("   at ", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnexpectedDatabaseErrorGivesTheApiAJsonMessageNotAStackTrace()
    {
        // A database file without tables, declared ready: the first query fails ("no such table").
        using var file = new TempSqliteFile();
        await using var factory = new DashboardFactory(
            new Dictionary<string, string?> { ["Database:ConnectionString"] = file.ConnectionString },
            services =>
            {
                services.Remove(services.Single(d => d.ImplementationType == typeof(SampleDataSeedingService)));
                var readiness = new DataReadiness();
                readiness.MarkReady(null);
                services.RemoveAll<DataReadiness>();
                services.AddSingleton(readiness);
            });
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "hdapi_some-key");

        var response = await client.GetAsync("/api/orgUnits?parent=AG");

        // The first query is the key's own lookup. A missing table is no outage (DatabaseFailure): a 500, said in JSON.
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("The server failed to handle the request", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SqliteException", body, StringComparison.Ordinal);
    }
}
