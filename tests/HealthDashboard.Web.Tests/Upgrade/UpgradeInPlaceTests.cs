using System.Text;
using HealthDashboard.Cli;
using HealthDashboard.Data.Tests;
using HealthDashboard.Data.Tests.Schema;
using HealthDashboard.Web.Tests.Infrastructure;
using HealthDashboard.Web.Tests.Realtime;

namespace HealthDashboard.Web.Tests.Upgrade;

/// <summary>
/// A database made by a past release (Fixtures/&lt;release&gt;, made by its make.sh with that release's own command line)
/// starts under this release with every row kept: its data values and aggregates export as that release exported
/// them, and its users (who can still sign in with their passwords), API keys, audit rows, units and targets are all still there.
/// </summary>
public sealed class UpgradeInPlaceTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private static readonly string Fixtures = ReleaseFixture.Folder;

    // Plain SQL over the tables both releases share, read before and after the upgrade: what must survive it.
    private static readonly (string Name, string Sql)[] KeptRows =
    [
        ("users", "SELECT id, user_name, normalized_user_name, display_name, password_hash, security_stamp, role, unit_code, must_change_password, disabled FROM app_user ORDER BY id"),
        ("API keys", "SELECT id, name, prefix, key_hash, unit_code, created_by, revoked_at FROM api_key ORDER BY id"),
        ("audit rows", "SELECT id, at, actor, action, entity, entity_key, old_value, new_value, via FROM audit_log ORDER BY id"),
        ("org units", "SELECT id, code, name_vi, parent_id, path, level, kind, valid_from, valid_to FROM org_unit ORDER BY id"),
        ("targets", "SELECT id, plan_id, org_unit_id, indicator_id, year, comparator, value FROM target ORDER BY id"),
    ];

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task APastReleasesDatabaseStartsWithEveryRowKept(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ReleaseFixture.LoadIntoAsync(database);
        var before = await ReadKeptRowsAsync(database);
        Assert.Contains("upgrade.officer", before["users"], StringComparison.Ordinal);

        using (var node = await AppNode.StartAsync(new Dictionary<string, string>
        {
            ["Database:Provider"] = provider == "sqlite" ? "Sqlite" : "Postgres",
            ["Database:ConnectionString"] = database.Database.ConnectionString,
            ["Database:SeedSampleData"] = "false",
        }, StartTimeout, probeUnit: "SYN"))
        {
            // The password hash came through: the past release's user signs in to this one.
            using var browser = FormSignIn.NewCookieClient(node.BaseAddress);
            await FormSignIn.SignInAsync(browser, "upgrade.officer", "Upgrade-officer-2026");
        }

        var after = await ReadKeptRowsAsync(database);
        foreach (var (name, _) in KeptRows)
        {
            Assert.NotEmpty(Lines(before[name]));
            // The app adds rows of its own as it starts (the test's API key and its audit row): every old row must remain.
            var missing = Lines(before[name]).Except(Lines(after[name])).ToList();
            Assert.True(missing.Count == 0, $"{name} lost or changed by the upgrade:\n{string.Join("\n", missing)}");
        }

        // Every value the past release exported is still there, unchanged; the reports-due upkeep that runs at start adds
        // the months since the fixture was made.
        var valuesAfter = Lines(await ExportAsync(provider, database, "export", "datavalues", "--format", "csv")).ToHashSet();
        var lostValues = Lines(await File.ReadAllTextAsync(Path.Combine(Fixtures, "expected", "datavalues.csv"))).Where(line => !valuesAfter.Contains(line)).ToList();
        Assert.True(lostValues.Count == 0, $"{lostValues.Count} data values lost or changed by the upgrade, e.g.\n{string.Join("\n", lostValues.Take(5))}");
        foreach (var indicator in await File.ReadAllLinesAsync(Path.Combine(Fixtures, "..", "indicators.txt")))
        {
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(Fixtures, "expected", $"aggregates-{indicator}.csv")),
                await ExportAsync(provider, database, "export", "aggregates", "--indicator", indicator, "--format", "csv"));
        }
    }

    private static IEnumerable<string> Lines(string rows) => rows.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static async Task<Dictionary<string, string>> ReadKeptRowsAsync(TestDatabase database)
    {
        var rows = new Dictionary<string, string>();
        await using var connection = await database.Database.OpenAsync();
        foreach (var (name, sql) in KeptRows)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            var text = new StringBuilder();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                text.Append('\n');
            }

            rows[name] = text.ToString();
        }

        return rows;
    }

    private static async Task<string> ExportAsync(string provider, TestDatabase database, params string[] command)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync([.. command, "--provider", provider, "--db", database.Database.ConnectionString], output, error);
        Assert.True(code == 0, error.ToString());
        return output.ToString();
    }
}
