using HealthDashboard.Data.Db;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Web.Tests.Realtime;

/// <summary>
/// One real app process on its own seeded SQLite file, with an API key (App.ApiKey), shared by the write API, hub and bench tests:
/// they write values, so they keep away from the database the page tests compare their figures with.
/// </summary>
public sealed class RealtimeAppFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    public TempSqliteFile File { get; } = new();

    public AppNode App { get; private set; } = default!;

    /// <summary>The test's own handle on the app's database, to see what was and was not written.</summary>
    public Database Database { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        App = await AppNode.StartAsync(new Dictionary<string, string>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = File.ConnectionString,
        }, StartTimeout);
        Database = new Database(new DatabaseOptions { ConnectionString = File.ConnectionString });
    }

    public async Task<(long Values, long Audit)> CountRowsAsync()
    {
        await using var context = Database.Context();
        return (await context.DataValues.LongCountAsync(), await context.AuditLog.LongCountAsync());
    }

    public async Task DisposeAsync()
    {
        App.Dispose();
        await Database.DisposeAsync();
        File.Dispose();
    }
}
