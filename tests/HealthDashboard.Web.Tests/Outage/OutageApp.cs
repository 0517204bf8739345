using System.Net.Http.Json;
using HealthDashboard.Cli;
using HealthDashboard.Data.Db;
using HealthDashboard.Web.Tests.Infrastructure;
using HealthDashboard.Web.Tests.Realtime;

namespace HealthDashboard.Web.Tests.Outage;

/// <summary>
/// The app as a real process on a <see cref="PrivatePostgres"/> server that the test may stop, start and restart, with a
/// small synthetic area made by the CLI's <c>generate</c> (so it starts in seconds) and open pages re-checking their
/// sign-in every 2 s (instead of 20), so an outage outlasts many checks.
/// </summary>
public sealed class OutageApp : IAsyncDisposable
{
    public const string DatabaseName = "hd_outage";
    public const string Commune = "SYN_P001_D01_C01";
    public const string Station = Commune + "_TYT";

    private OutageApp(PrivatePostgres server, AppNode node)
    {
        Server = server;
        Node = node;
    }

    public PrivatePostgres Server { get; }

    public AppNode Node { get; }

    public Uri BaseAddress => Node.BaseAddress;

    public DatabaseOptions DatabaseOptions => new() { Provider = DatabaseProvider.Postgres, ConnectionString = Server.ConnectionString(DatabaseName) };

    public static async Task<OutageApp> StartAsync()
    {
        var server = await PrivatePostgres.StartAsync();
        try
        {
            await server.ExecuteAsync($"CREATE DATABASE {DatabaseName}");
            var error = new StringWriter();
            var code = await CliApp.RunAsync(["generate", "--communes", "16", "--years", "1", "--provider", "postgres", "--db", server.ConnectionString(DatabaseName)],
                new StringWriter(), error);
            Assert.True(code == 0, error.ToString());
            var node = await AppNode.StartAsync(new Dictionary<string, string>
            {
                ["Database:Provider"] = "Postgres",
                ["Database:ConnectionString"] = new Npgsql.NpgsqlConnectionStringBuilder(server.ConnectionString(DatabaseName)) { Pooling = true }.ConnectionString,
                ["Database:SeedSampleData"] = "false",
                ["Auth:RevalidationInterval"] = "00:00:02",
                // The LISTEN connection's catch-up after a restart is logged at Information.
                ["Logging:LogLevel:HealthDashboard.Web.Realtime.Postgres"] = "Information",
            }, TimeSpan.FromMinutes(3), probeUnit: "SYN");
            return new OutageApp(server, node);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Writes one value through the API with the node's key, as a machine would; returns the response.</summary>
    public Task<HttpResponseMessage> PostValueAsync(string element, string unit, string period, string value) =>
        Node.Http.PostAsJsonAsync("/api/dataValues", new { dataElement = element, orgUnit = unit, period, value });

    public async ValueTask DisposeAsync()
    {
        Node.Dispose();
        await Server.DisposeAsync();
    }
}
