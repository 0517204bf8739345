using System.Net;
using System.Net.Http.Json;
using HealthDashboard.Cli.Hub;
using HealthDashboard.Web.Api;
using Npgsql;

namespace HealthDashboard.Web.Tests.Realtime;

/// <summary>Two app processes on one PostgreSQL database: LISTEN/NOTIFY carries a write on one to hub clients of the other.</summary>
public sealed class TwoNodeTests : IAsyncLifetime
{
    private const string ApiKey = "two-node-key";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Arrival = TimeSpan.FromSeconds(30);

    private readonly string _admin = Environment.GetEnvironmentVariable("HD_TEST_POSTGRES") is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException("HD_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts a private PostgreSQL server for them.");

    private readonly string _name = $"hd_test_{Guid.NewGuid():N}";

    public async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
        await create.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task AValueSavedThroughNodeAReachesAHubClientOfNodeB()
    {
        // A seeds the database; B starts on it once it is ready, as a second node joining a cluster would.
        using var nodeA = await AppNode.StartAsync(Settings("node-a"), StartTimeout);
        using var nodeB = await AppNode.StartAsync(Settings("node-b"), StartTimeout);
        var onA = new ChangeRecorder();
        var onB = new ChangeRecorder();
        await using var clientOfA = await IndicatorsHubClient.ConnectAsync(nodeA.BaseAddress, onA.Record);
        await using var clientOfB = await IndicatorsHubClient.ConnectAsync(nodeB.BaseAddress, onB.Record);
        await clientOfA.SubscribeAsync("INS_PRIMARY", "AG_LXU_01_TYT");
        await clientOfB.SubscribeAsync("INS_PRIMARY", "AG_LXU_01_TYT");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/dataValueSets")
        {
            Content = JsonContent.Create(new { dataValues = new[] { new { dataElement = "PC_VISITS", orgUnit = "AG_LXU_01_TYT", period = "202103", value = "8642" } } }),
        };
        request.Headers.Add(ApiKeyOptions.HeaderName, ApiKey);
        using var response = await nodeA.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var change = await onB.WaitForAsync(c => c.Period == "202103" && c.Denominator == 8642, Arrival);
        Assert.Equal(("INS_PRIMARY", "AG_LXU_01_TYT"), (change.Indicator, change.OrgUnit));
        // The writing node shows it too, from its own queue (it ignores its own notice).
        var onItsOwnNode = await onA.WaitForAsync(c => c.Period == "202103" && c.Denominator == 8642, Arrival);
        Assert.Equal((change.Numerator, change.Value), (onItsOwnNode.Numerator, onItsOwnNode.Value));
        // B's own API serves the new figure too: its snapshot took the change, not only its hub.
        var onBsApi = await nodeB.Http.GetFromJsonAsync<AggregateDto>("/api/aggregates?indicator=INS_PRIMARY&orgUnit=AG_LXU_01_TYT&period=202103");
        Assert.Equal(8642, onBsApi!.Denominator);
    }

    private Dictionary<string, string> Settings(string node) => new()
    {
        ["Database:Provider"] = "Postgres",
        // Seeding's COPY of 1.7 million values can outlast Npgsql's 30 s command timeout on a busy two-core machine.
        ["Database:ConnectionString"] = new NpgsqlConnectionStringBuilder(_admin) { Database = _name, CommandTimeout = 600 }.ConnectionString,
        ["Api:Key"] = ApiKey,
        ["Node:Id"] = node,
    };
}
