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

    public HttpClient Http { get; }

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
            await node.WaitForSnapshotAsync(readyTimeout, probeUnit);
        }
        catch
        {
            node.Dispose();
            throw;
        }

        return node;
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
    private async Task WaitForSnapshotAsync(TimeSpan timeout, string probeUnit)
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
