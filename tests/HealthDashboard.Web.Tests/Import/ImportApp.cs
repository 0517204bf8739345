using System.Security.Claims;
using HealthDashboard.Cli;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Security;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Quality;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.Import;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Storage;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HealthDashboard.Web.Tests.Import;

/// <summary>
/// The app in process on a small synthetic area (the CLI's <c>generate</c>, root SYN) on SQLite or on a fresh
/// PostgreSQL database, with the station codes and monthly whole-number elements the import tests write.
/// </summary>
public sealed class ImportApp : IAsyncDisposable
{
    private readonly Func<Task> _cleanup;

    private ImportApp(DashboardFactory factory, Func<Task> cleanup) => (Factory, _cleanup) = (factory, cleanup);

    public DashboardFactory Factory { get; }

    public Database Database => Factory.Services.GetRequiredService<DataStores>().Database;

    public ImportService Imports => Factory.Services.GetRequiredService<ImportService>();

    public IReadOnlyList<string> Stations { get; private set; } = [];

    public IReadOnlyList<string> Elements { get; private set; } = [];

    public static ClaimsPrincipal Admin { get; } = Principal("admin", AppRoles.Admin, null);

    public static ClaimsPrincipal Principal(string name, string role, string? unit) => new(new ClaimsIdentity(
        new[] { new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role) }.Concat(unit is null ? [] : [new Claim(AppClaims.Unit, unit)]), "test"));

    public static async Task<ImportApp> StartAsync(string provider)
    {
        string connection;
        Func<Task> cleanup;
        if (provider == "sqlite")
        {
            var file = new TempSqliteFile();
            connection = file.ConnectionString;
            cleanup = () => { file.Dispose(); return Task.CompletedTask; };
        }
        else
        {
            var admin = Environment.GetEnvironmentVariable("HD_TEST_POSTGRES") is { Length: > 0 } value ? value
                : throw new InvalidOperationException("HD_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts a private PostgreSQL server for them.");
            var name = $"hd_test_{Guid.NewGuid():N}";
            await using (var server = new NpgsqlConnection(admin))
            {
                await server.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", server);
                await create.ExecuteNonQueryAsync();
            }

            connection = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
            cleanup = async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await using var server = new NpgsqlConnection(admin);
                await server.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", server);
                await drop.ExecuteNonQueryAsync();
            };
        }

        var error = new StringWriter();
        var code = await CliApp.RunAsync(["generate", "--communes", "16", "--years", "1", "--provider", provider, "--db", connection], new StringWriter(), error);
        Assert.True(code == 0, error.ToString());
        var factory = new DashboardFactory(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider == "sqlite" ? "Sqlite" : "Postgres",
            ["Database:ConnectionString"] = connection,
            ["Database:SeedSampleData"] = "false",
            ["Jobs:Enabled"] = "false",
        });
        var app = new ImportApp(factory, cleanup);
        await factory.Services.GetRequiredService<DataReadiness>().WhenReady.WaitAsync(TimeSpan.FromMinutes(3));
        var tree = await factory.Services.GetRequiredService<OrgUnitCache>().TreeAsync();
        var catalog = await factory.Services.GetRequiredService<CatalogCache>().CatalogAsync();
        app.Stations = tree.All.Where(u => u.Code.StartsWith("SYN", StringComparison.Ordinal) && u.Code.EndsWith("_TYT", StringComparison.Ordinal))
            .Select(u => u.Code).Order(StringComparer.Ordinal).ToList();
        // Counts a station reports whose range takes the values Keys makes (up to 4,999), and no part of a pair rule
        // (PC_VISITS_INS ≤ PC_VISITS, …): the keys' made-up values would break the rules. Wholes may stay: the keys'
        // months come before the sample's, so no stored part stands against them.
        app.Elements = catalog.Elements.Where(e => e.PeriodType == PeriodType.Month && e.ValueType == ElementValueType.Integer
                && e.IsReportedAt(OrgUnitKind.HealthStation) && e.Range.Max >= 5000)
            .Where(e => !PairRules.All.Any(r => string.Equals(r.PartElement, e.Code, StringComparison.OrdinalIgnoreCase)))
            .Select(e => e.Code).Order(StringComparer.Ordinal).ToList();
        return app;
    }

    /// <summary>Rows of data_value and audit_log: an import that fails must leave both as they were.</summary>
    public async Task<(long Values, long Audit, double Sum)> CountAsync()
    {
        await using var context = Database.Context();
        return (await context.DataValues.LongCountAsync(), await context.AuditLog.LongCountAsync(),
            await context.DataValues.SumAsync(v => v.Value));
    }

    /// <summary><paramref name="count"/> distinct keys: stations × months (from 2000, when the units start, and before the sample's first month) × elements, each with a value of its own.</summary>
    public IReadOnlyList<(string Element, string Unit, string Period, string Value)> Keys(int count, int seed, int skip = 0)
    {
        var keys = new List<(string, string, string, string)>(count);
        for (var i = skip; keys.Count < count; i++)
        {
            var station = Stations[i % Stations.Count];
            var element = Elements[i / Stations.Count % Elements.Count];
            var months = i / (Stations.Count * Elements.Count);
            var month = Period.Month(2000 + months / 12, months % 12 + 1);
            keys.Add((element, station, month.ToString(), ((i * 7 + seed) % 5000).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return keys;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _cleanup();
    }
}
