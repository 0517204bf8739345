using HealthDashboard.Data.Db;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// What each report-form test starts from: its own copy of the seeded database with Long Xuyên's officer in it, the
/// app running on that copy, and a Chromium. Disposed in reverse, so the copy is deleted last.
/// </summary>
internal sealed class ReportFormApp : IAsyncDisposable
{
    public const string Officer = "can.bo.lxu";
    public const string OfficerPassword = "Long-xuyen-2026";

    private readonly TempSqliteFile _copy;

    private ReportFormApp(TempSqliteFile copy, Database database, WebAppProcess web, Infrastructure.Browser browser) =>
        (_copy, Database, Web, Browser) = (copy, database, web, browser);

    public Database Database { get; }

    public WebAppProcess Web { get; }

    public Infrastructure.Browser Browser { get; }

    public static async Task<ReportFormApp> StartAsync(SeededAppFixture app)
    {
        var copy = await app.CopyAsync();
        var database = new Database(new DatabaseOptions { ConnectionString = copy.ConnectionString });
        await TestCredentials.CreateUserAsync(database, Officer, "Officer", "AG_LXU", OfficerPassword, "Cán bộ Long Xuyên");
        var web = await WebAppProcess.StartAsync(copy.ConnectionString, TimeSpan.FromMinutes(2));
        var browser = await Infrastructure.Browser.LaunchAsync();
        Assertions.SetDefaultExpectTimeout(30_000);
        return new ReportFormApp(copy, database, web, browser);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Web.Dispose();
        _copy.Dispose();
    }
}
