using HealthDashboard.Data.Db;
using HealthDashboard.Web.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HealthDashboard.Web.Tests.Infrastructure;

/// <summary>
/// One temp database seeded once by the app itself (the first-start path) and shared by the API and browser tests:
/// seeding takes ~10–30 s on two cores, too long to repeat per class.
/// </summary>
public sealed class SeededAppFixture : IAsyncLifetime
{
    private static readonly TimeSpan SeedingTimeout = TimeSpan.FromMinutes(4);

    public TempSqliteFile File { get; } = new();

    public DashboardFactory Factory { get; private set; } = default!;

    /// <summary>The test's own handle on the same database, for figures computed independently of the app.</summary>
    public Database Database { get; private set; } = default!;

    public TimeSpan SeedingTime { get; private set; }

    public async Task InitializeAsync()
    {
        Factory = DashboardFactory.OnSqlite(File.ConnectionString);
        var readiness = Factory.Services.GetRequiredService<DataReadiness>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await readiness.WhenReady.WaitAsync(SeedingTimeout);
        SeedingTime = readiness.SeedingTime ?? clock.Elapsed;
        Database = new Database(new DatabaseOptions { ConnectionString = File.ConnectionString });
    }

    /// <summary>
    /// A consistent copy of the seeded database (VACUUM INTO) for a test that writes values: the shared file's figures
    /// are what the other tests compare the in-process app against, and that app would not hear of another process's writes.
    /// </summary>
    public async Task<TempSqliteFile> CopyAsync()
    {
        var copy = new TempSqliteFile();
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $path";
        var parameter = command.CreateParameter();
        (parameter.ParameterName, parameter.Value) = ("$path", copy.Path);
        command.Parameters.Add(parameter);
        await command.ExecuteNonQueryAsync();
        return copy;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        File.Dispose();
    }
}
