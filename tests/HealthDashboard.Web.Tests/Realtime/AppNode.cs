using System.Diagnostics;
using System.Net;
using System.Text;
using HealthDashboard.Web.Tests.Infrastructure;

namespace HealthDashboard.Web.Tests.Realtime;

/// <summary>
/// The built app as a real process with real sockets, configured by settings given as environment variables (so a
/// test can pick PostgreSQL, an API key and a node id): hub clients need Kestrel, which TestServer does not give.
/// Like <see cref="WebAppProcess"/>, which is fixed to SQLite.
/// </summary>
public sealed class AppNode : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppNode(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }

    /// <summary>Signed in with <see cref="ApiKey"/>, as every API call must be.</summary>
    public HttpClient Http { get; }

    /// <summary>An API key for the whole country, made in the node's database once it is ready.</summary>
    public string ApiKey { get; private set; } = "";

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the app and waits until its data is ready and its first aggregate snapshot is there.</summary>
    /// <param name="probeUnit">A unit of the database, whose aggregate answers once the snapshot is there.</param>
    public static async Task<AppNode> StartAsync(IReadOnlyDictionary<string, string> settings, TimeSpan readyTimeout, string probeUnit = "AG")
    {
        var appHost = RepositoryPaths.WebAppHost;
        var port = FreePort.Next();
        var start = new ProcessStartInfo(appHost, ["--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(appHost)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        TestCredentials.AddTo(start);
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{appHost} did not start.");
        var node = new AppNode(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await node.WaitForSnapshotAsync(readyTimeout, probeUnit, DatabaseOf(settings));
        }
        catch
        {
            node.Dispose();
            throw;
        }

        return node;
    }

    /// <summary>Kills the app at once (SIGKILL): no shutdown, no "finally" runs, its database sessions just drop.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    /// <summary>Ready means the aggregates answer: 503 while the data is seeded and the first snapshot computed.</summary>
    private async Task WaitForSnapshotAsync(TimeSpan timeout, string probeUnit, HealthDashboard.Data.Db.DatabaseOptions database)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                if (ApiKey.Length == 0)
                {
                    // The key can only be made once the app has migrated its database (status "ready").
                    if (!(await Http.GetStringAsync("/api/status")).Contains("\"ready\"", StringComparison.Ordinal))
                    {
                        await Task.Delay(250);
                        continue;
                    }

                    // For the whole tree the probe unit is in: the sample's "VN", or a synthetic database's own root.
                    ApiKey = await TestCredentials.CreateApiKeyAsync(database, await RootOfAsync(database, probeUnit), "tests " + BaseAddress.Port);
                    Http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
                }

                using var response = await Http.GetAsync($"/api/aggregates?indicator=HI_COV&orgUnit={probeUnit}&period=2024");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The app had no aggregates within {timeout}:\n{Output}");
    }

    private static async Task<string> RootOfAsync(HealthDashboard.Data.Db.DatabaseOptions options, string unitCode)
    {
        await using var database = new HealthDashboard.Data.Db.Database(options);
        var tree = await new HealthDashboard.Data.OrgUnits.OrgUnitStore(database).TreeAsync();
        var unit = tree.Find(unitCode) ?? throw new InvalidOperationException($"The database has no unit {unitCode}.");
        return tree.AncestorsOf(unit).LastOrDefault()?.Code ?? unit.Code;
    }

    private static HealthDashboard.Data.Db.DatabaseOptions DatabaseOf(IReadOnlyDictionary<string, string> settings) => new()
    {
        Provider = settings.TryGetValue("Database:Provider", out var provider) && provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
            ? HealthDashboard.Data.Db.DatabaseProvider.Postgres
            : HealthDashboard.Data.Db.DatabaseProvider.Sqlite,
        ConnectionString = settings.GetValueOrDefault("Database:ConnectionString"),
    };

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
