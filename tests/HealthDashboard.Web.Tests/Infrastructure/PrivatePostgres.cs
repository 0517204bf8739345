using System.Diagnostics;
using Npgsql;

namespace HealthDashboard.Web.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server of a test's own, in a throw-away data directory on a free loopback port, for tests that stop,
/// start and restart the server under a running app: the server test.sh starts is shared by every other test and must
/// stay up. Made as test.sh makes that one (HD_PG_BIN, or the newest /usr/lib/postgresql/*/bin; as root, run as the
/// postgres user, since PostgreSQL refuses to run as root).
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _dir;

    private PrivatePostgres(string bin, string dir, int port)
    {
        _bin = bin;
        _dir = dir;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The superuser "hd" on the database <paramref name="database"/>.</summary>
    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "hd", Database = database, Pooling = false }.ConnectionString;

    private string DataDirectory => Path.Combine(_dir, "data");

    private static bool IsRoot => Environment.UserName == "root";

    public static async Task<PrivatePostgres> StartAsync()
    {
        var bin = Environment.GetEnvironmentVariable("HD_PG_BIN") is { Length: > 0 } given ? given
            : Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderBy(d => Version.Parse(Path.GetFileName(Path.GetDirectoryName(d)!) + ".0")).LastOrDefault()
              ?? throw new InvalidOperationException("No PostgreSQL server binaries in /usr/lib/postgresql/*/bin: run the tests with ./test.sh, which installs them.");
        var dir = Directory.CreateTempSubdirectory("hd-pgprivate-").FullName;
        var server = new PrivatePostgres(bin, dir, FreePort.Next());
        if (IsRoot)
        {
            await RunAsync("id", ["postgres"]);
            await RunAsync("chown", ["postgres", dir]);
        }

        await server.AsServerUserAsync("initdb", ["-D", server.DataDirectory, "-U", "hd", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the stopped server again and waits until it takes connections.</summary>
    public Task StartAgainAsync() => PgCtlAsync("start", "-o",
        $"-p {Port} -k {_dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off");

    /// <summary>Stops the server as an operator does (fast: open connections are ended with 57P01).</summary>
    public Task StopAsync() => PgCtlAsync("stop", "-m", "fast");

    /// <summary><c>pg_ctl restart</c>: every connection the app holds is ended, and the server is back when this returns.</summary>
    public Task RestartAsync() => PgCtlAsync("restart", "-m", "fast");

    public async Task ExecuteAsync(string sql, string database = "postgres")
    {
        await using var connection = new NpgsqlConnection(ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await PgCtlAsync("stop", "-m", "immediate");
        }
        catch (InvalidOperationException)
        {
            // Already stopped by the test.
        }

        Directory.Delete(_dir, recursive: true);
    }

    private Task PgCtlAsync(string action, params string[] options) =>
        AsServerUserAsync("pg_ctl", ["-D", DataDirectory, "-l", Path.Combine(_dir, "server.log"), "-w", "-t", "60", .. options, action]);

    private Task AsServerUserAsync(string tool, string[] arguments) =>
        IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments]) : RunAsync(Path.Combine(_bin, tool), arguments);

    private static async Task RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }
}
