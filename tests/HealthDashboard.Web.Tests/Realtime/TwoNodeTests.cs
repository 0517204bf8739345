using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using HealthDashboard.Cli;
using HealthDashboard.Cli.Hub;
using HealthDashboard.Web.Api;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;

namespace HealthDashboard.Web.Tests.Realtime;

/// <summary>
/// Two app processes on one PostgreSQL database: LISTEN/NOTIFY carries a write on one to hub clients of the other.
/// The database holds a small synthetic area made by the CLI's <c>generate</c> rather than the whole sample, so the
/// nodes start in seconds even while the rest of the suite keeps both cores busy.
/// </summary>
public sealed class TwoNodeTests : IAsyncLifetime
{
    private const string Station = "SYN_P001_D01_C01_TYT";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan Arrival = TimeSpan.FromSeconds(30);

    private readonly string _admin = Environment.GetEnvironmentVariable("HD_TEST_POSTGRES") is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException("HD_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts a private PostgreSQL server for them.");

    private readonly string _name = $"hd_test_{Guid.NewGuid():N}";

    private string ConnectionString => new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString;

    public async Task InitializeAsync()
    {
        await using (var connection = new NpgsqlConnection(_admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(["generate", "--communes", "16", "--years", "1", "--provider", "postgres", "--db", ConnectionString], output, error);
        Assert.True(code == 0, error.ToString());
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
        using var nodeA = await AppNode.StartAsync(Settings("node-a"), StartTimeout, probeUnit: "SYN");
        using var nodeB = await AppNode.StartAsync(Settings("node-b"), StartTimeout, probeUnit: "SYN");
        var onA = new ChangeRecorder();
        var onB = new ChangeRecorder();
        await using var clientOfA = await IndicatorsHubConnection.ConnectAsync(nodeA.BaseAddress, nodeA.ApiKey, onA.Record);
        await using var clientOfB = await IndicatorsHubConnection.ConnectAsync(nodeB.BaseAddress, nodeB.ApiKey, onB.Record);
        await clientOfA.SubscribeAsync("INS_PRIMARY", Station);
        await clientOfB.SubscribeAsync("INS_PRIMARY", Station);
        // A month of the generated year; both terms of the ratio are written, so the expected figures do not depend on the data.
        var month = (DateTime.Today.Year - 1).ToString(CultureInfo.InvariantCulture) + "03";

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/dataValueSets")
        {
            Content = JsonContent.Create(new
            {
                orgUnit = Station, period = month,
                dataValues = new[] { new { dataElement = "PC_VISITS", value = "8642" }, new { dataElement = "PC_VISITS_INS", value = "4321" } },
            }),
        };
        request.Headers.Add("X-Api-Key", nodeA.ApiKey);
        using var response = await nodeA.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var change = await onB.WaitForAsync(c => c.Period == month && c.Denominator == 8642 && c.Numerator == 4321, Arrival);
        Assert.Equal(("INS_PRIMARY", Station, 50.0), (change.Indicator, change.OrgUnit, change.Value));
        // The writing node shows it too, from its own queue (it ignores its own notice).
        await onA.WaitForAsync(c => c.Period == month && c.Denominator == 8642 && c.Numerator == 4321, Arrival);
        // B's own API serves the new figure: its snapshot took the change, not only its hub.
        var onBsApi = await nodeB.Http.GetFromJsonAsync<AggregateDto>($"/api/aggregates?indicator=INS_PRIMARY&orgUnit={Station}&period={month}");
        Assert.Equal((8642.0, 4321.0), (onBsApi!.Denominator, onBsApi.Numerator));
    }

    [Fact]
    public async Task AValueDeletedThroughNodeADropsOutOfNodeBsAggregatesRatherThanKeepingItsOldValue()
    {
        using var nodeA = await AppNode.StartAsync(Settings("node-a"), StartTimeout, probeUnit: "SYN");
        using var nodeB = await AppNode.StartAsync(Settings("node-b"), StartTimeout, probeUnit: "SYN");
        var onB = new ChangeRecorder();
        await using var clientOfB = await IndicatorsHubConnection.ConnectAsync(nodeB.BaseAddress, nodeB.ApiKey, onB.Record);
        await clientOfB.SubscribeAsync("INS_PRIMARY", Station);
        var year = (DateTime.Today.Year - 1).ToString(CultureInfo.InvariantCulture);
        var (month, quarter) = (year + "04", year + "Q2");
        await PostAsync(nodeA, new { dataElement = "PC_VISITS", value = "8642" }, new { dataElement = "PC_VISITS_INS", value = "4321" });
        var written = await onB.WaitForAsync(c => c.Period == month && c.Denominator == 8642 && c.Numerator == 4321, Arrival);
        var before = await onB.WaitForAsync(c => c.Period == quarter && c.Version == written.Version, Arrival);

        // DHIS2's deletion, with the old value as DHIS2 sends it: the month has no numerator any more, and the quarter's
        // numerator loses exactly the deleted value while its denominator stays.
        await PostAsync(nodeA, new { dataElement = "PC_VISITS_INS", value = "4321", deleted = true });

        await onB.WaitForAsync(c => c.Period == month && c.Version > written.Version && c.Numerator is null, Arrival);
        var after = await onB.WaitForAsync(c => c.Period == quarter && c.Version > written.Version, Arrival);
        Assert.Equal((before.Numerator - 4321, before.Denominator), (after.Numerator, after.Denominator));
        var onBsApi = await nodeB.Http.GetFromJsonAsync<AggregateDto>($"/api/aggregates?indicator=INS_PRIMARY&orgUnit={Station}&period={quarter}");
        Assert.Equal((after.Numerator, after.Denominator), (onBsApi!.Numerator, onBsApi.Denominator));

        async Task PostAsync(AppNode node, params object[] values)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/dataValueSets")
            {
                Content = JsonContent.Create(new { orgUnit = Station, period = month, dataValues = values }),
            };
            request.Headers.Add("X-Api-Key", node.ApiKey);
            using var response = await node.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private Dictionary<string, string> Settings(string node) => new()
    {
        ["Database:Provider"] = "Postgres",
        ["Database:ConnectionString"] = ConnectionString,
        ["Database:SeedSampleData"] = "false",
        ["Node:Id"] = node,
    };
}
