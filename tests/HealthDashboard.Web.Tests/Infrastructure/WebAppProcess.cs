using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;

namespace HealthDashboard.Web.Tests.Infrastructure;

/// <summary>
/// The built web app started for real, as its apphost, on a free loopback port: WebApplicationFactory cannot give a
/// browser a Kestrel socket. Runs from its bin folder with no environment set (Production), so the test also
/// shows that the built app serves MudBlazor's and its own static files outside Development.
/// </summary>
public sealed class WebAppProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WebAppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>An API key for the whole country (X-Api-Key), so browser tests can save values as a machine would.</summary>
    public string ApiKey { get; private set; } = "";

    public Uri BaseAddress { get; }

    /// <summary>What the app printed, for a failing test's message.</summary>
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

    /// <summary>Starts the app and waits until it answers: with <paramref name="waitForData"/>, until its data is ready too.</summary>
    /// <param name="port">A given port, to start the app again where a browser already is; a free one by default.</param>
    /// <param name="provider">The engine: SQLite by default, or PostgreSQL.</param>
    public static async Task<WebAppProcess> StartAsync(string connectionString, TimeSpan readyTimeout, bool waitForData = true, int? port = null,
        HealthDashboard.Data.Db.DatabaseProvider provider = HealthDashboard.Data.Db.DatabaseProvider.Sqlite)
    {
        var appHost = RepositoryPaths.WebAppHost;
        if (!File.Exists(appHost))
        {
            throw new FileNotFoundException("The web app is not built; build the test project, which builds it.", appHost);
        }

        port ??= FreePort.Next();
        var start = new ProcessStartInfo(appHost, ["--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(appHost)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["Database__Provider"] = provider.ToString();
        start.Environment["Database__ConnectionString"] = connectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        TestCredentials.AddTo(start);

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{appHost} did not start.");
        var app = new WebAppProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilAsync(readyTimeout, waitForData);
            if (waitForData)
            {
                app.ApiKey = await TestCredentials.CreateApiKeyAsync(new HealthDashboard.Data.Db.DatabaseOptions { Provider = provider, ConnectionString = connectionString });
            }
        }
        catch
        {
            app.Dispose();
            throw;
        }

        return app;
    }

    private async Task WaitUntilAsync(TimeSpan timeout, bool waitForData)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The web app exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                var status = await http.GetFromJsonAsync<StatusBody>("/api/status");
                if (status?.State == "ready" || (!waitForData && status is not null))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but not answering within the poll's 5 s: a starting app on a loaded machine (the deadline
                // above still bounds the wait).
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The web app was not ready within {timeout}:\n{Output}");
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

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private sealed record StatusBody(string State);
}
