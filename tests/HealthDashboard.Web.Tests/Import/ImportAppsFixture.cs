namespace HealthDashboard.Web.Tests.Import;

/// <summary>The import tests' two apps, one per engine, started together and shared by the class.</summary>
public sealed class ImportAppsFixture : IAsyncLifetime
{
    private readonly Dictionary<string, ImportApp> _apps = [];

    public ImportApp this[string provider] => _apps[provider];

    public async Task InitializeAsync()
    {
        var sqlite = ImportApp.StartAsync("sqlite");
        var postgres = ImportApp.StartAsync("postgres");
        _apps["sqlite"] = await sqlite;
        _apps["postgres"] = await postgres;
    }

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values)
        {
            await app.DisposeAsync();
        }
    }
}
