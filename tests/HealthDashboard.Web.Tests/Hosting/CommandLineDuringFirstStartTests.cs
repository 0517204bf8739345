using System.Data.Common;
using System.Net.Http.Json;
using HealthDashboard.Cli;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.OrgUnits;
using HealthDashboard.Data.Security;
using HealthDashboard.Web.Tests.Infrastructure;

namespace HealthDashboard.Web.Tests.Hosting;

/// <summary>
/// The command line run while the web app, started on an empty database, is still seeding the sample: the CLI finds
/// the sample half-made, which is not an interrupted seed while the app is writing it. It must wait for the app's seed
/// (and say so), never wipe it: both then finish, the app's data and the CLI's user.
/// </summary>
/// <remarks>In the seeded app's collection only to run alone: two seedings at once on two cores slow every test down.</remarks>
[Collection(SeededAppCollection.Name)]
public sealed class CommandLineDuringFirstStartTests
{
    private const string Password = "Cli-first-start-2026";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task UsersCreateDuringTheFirstSeedWaitsForItAndBothFinish(DatabaseProvider provider)
    {
        await using var empty = await EmptyDatabase.CreateAsync(provider);
        using var web = await WebAppProcess.StartAsync(empty.ConnectionString, TimeSpan.FromMinutes(1), waitForData: false, provider: provider);
        await using var database = new Database(empty.Options);
        using var http = new HttpClient { BaseAddress = web.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        await UntilTheSeedIsHalfMadeAsync(http, database, web);

        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(
            ["users", "create", "--name", "cli.firststart", "--role", "Leader", "--password-stdin", "--provider", empty.CliProvider, "--db", empty.ConnectionString],
            output, error, input: new StringReader(Password + "\n"));

        Assert.True(code == 0, $"the CLI ended with {code}: {error}");
        Assert.True(await SettledStateAsync(http) == "ready", $"the app's seed did not end ready:\n{web.Output}");
        var tree = await new OrgUnitStore(database).TreeAsync();
        Assert.NotNull(tree.Find("AG_LXU_09_TYT"));
        Assert.Equal(["AG", "BP", "KT", "LC"], tree.ChildrenOf(tree.Find("VN")!).Select(u => u.Code).Order());
        Assert.NotNull(await Data.Tests.Security.TestUsers.FindAsync(database, "cli.firststart"));
        // It had to wait, and said why, in both languages.
        Assert.Contains("Waiting for another process", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Đang chờ một tiến trình khác", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The moment the issue found: the org units are written and the app is still writing their values.</summary>
    private static async Task UntilTheSeedIsHalfMadeAsync(HttpClient http, Database database, WebAppProcess web)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            var state = await StateAsync(http);
            if (state != "preparing")
            {
                throw new InvalidOperationException($"The app's seed ended ({state}) before its units could be seen half-made:\n{web.Output}");
            }

            try
            {
                if (await new OrgUnitStore(database).CountAsync() > 0)
                {
                    return;
                }
            }
            catch (DbException)
            {
                // The tables are not made yet.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The app wrote no org unit within two minutes:\n{web.Output}");
    }

    private static async Task<string> SettledStateAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow.AddMinutes(4);
        var state = await StateAsync(http);
        while (state == "preparing" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            state = await StateAsync(http);
        }

        return state;
    }

    private static async Task<string> StateAsync(HttpClient http) =>
        (await http.GetFromJsonAsync<Status>("/api/status"))?.State ?? "";

    private sealed record Status(string State);
}
