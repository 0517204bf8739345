using System.Text.Json;
using HealthDashboard.Cli;

namespace HealthDashboard.Web.Tests.Realtime;

/// <summary>`bench latency` end to end against the real app, small: the figures themselves are measured, not tested.</summary>
[Collection(RealtimeAppCollection.Name)]
public sealed class BenchLatencyTests(RealtimeAppFixture fixture)
{
    [Fact]
    public async Task EveryClientReceivesEverySaveAndTheLastLineIsTheJsonSummary()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await CliApp.RunAsync(
            ["bench", "latency", "--url", fixture.App.BaseAddress.ToString(), "--clients", "20", "--saves", "3",
             "--api-key", fixture.App.ApiKey, "--org-unit", "AG_LXU_11_TYT", "--subscribe-to", "AG_LXU"],
            output, error);

        Assert.True(code == 0, error.ToString() + output);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("connected 20/20", StringComparison.Ordinal));
        using var summary = JsonDocument.Parse(lines[^1]);
        var root = summary.RootElement;
        Assert.Equal((20, 3, 60, 0), (root.GetProperty("clients").GetInt32(), root.GetProperty("saves").GetInt32(),
            root.GetProperty("received").GetInt32(), root.GetProperty("missed").GetInt32()));
        var (p50, p95, max) = (root.GetProperty("p50_ms").GetDouble(), root.GetProperty("p95_ms").GetDouble(), root.GetProperty("max_ms").GetDouble());
        Assert.True(0 < p50 && p50 <= p95 && p95 <= max, lines[^1]);
    }

    [Fact]
    public async Task AWrongKeyEndsTheBenchWithOneLineAndNoTrace()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await CliApp.RunAsync(
            ["bench", "latency", "--url", fixture.App.BaseAddress.ToString(), "--clients", "2", "--saves", "1", "--api-key", "wrong"],
            output, error);

        Assert.Equal(1, code);
        Assert.StartsWith("error: ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("401", error.ToString());
        Assert.Single(error.ToString().Trim().Split('\n'));
    }
}
