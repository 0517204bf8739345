using System.Diagnostics;
using Dapper;
using HealthDashboard.Data.Db;
using HealthDashboard.Web.Features.Completeness;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HealthDashboard.Web.Tests.Jobs;

/// <summary>REPORT_DUE upkeep on a copy of the seeded sample: only missing keys, through the audited write path, and idempotent.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class ReportDueUpkeepTests(SeededAppFixture app)
{
    private const string DueOf = "SELECT v.period FROM data_value v JOIN data_element e ON e.id = v.data_element_id JOIN org_unit o ON o.id = v.org_unit_id " +
        "WHERE e.code = 'REPORT_DUE' AND o.code = @station ORDER BY v.period";

    [Fact]
    public async Task TheStartUpRunWritesOnlyTheMissingReportsDueAndASecondRunWritesNothing()
    {
        using var copy = await app.CopyAsync();
        var database = new Database(new DatabaseOptions { ConnectionString = copy.ConnectionString });
        IReadOnlyList<string> before;
        await using (var connection = await database.OpenAsync())
        {
            before = (await connection.QueryAsync<string>(DueOf, new { station = "AG_LXU_04_TYT" })).ToList();
            // Three months of one station lose their report due, as if the job had not run then.
            await connection.ExecuteAsync(
                "DELETE FROM data_value WHERE data_element_id = (SELECT id FROM data_element WHERE code = 'REPORT_DUE') " +
                "AND org_unit_id = (SELECT id FROM org_unit WHERE code = 'AG_LXU_04_TYT') AND period IN ('201803', '202001', @last)",
                new { last = before[^1] });
            // The shared app's own start-up run is in the copy's history: this test waits for the copy's.
            await connection.ExecuteAsync("DELETE FROM job_run");
        }

        await using var factory = DashboardFactory.OnSqlite(copy.ConnectionString);
        _ = factory.Services; // Starts the app, whose scheduler runs the upkeep once it has started.
        await WaitForRunAsync(database);

        await using var check = await database.OpenAsync();
        Assert.Equal(before, (await check.QueryAsync<string>(DueOf, new { station = "AG_LXU_04_TYT" })).ToList());
        var audited = (await check.QueryAsync<string>(
            "SELECT entity_key FROM audit_log WHERE actor = 'system' AND via = 'job' AND action = 'create' ORDER BY entity_key")).ToList();
        Assert.Equal(new[] { "201803", "202001", before[^1] }.Select(p => $"REPORT_DUE/AG_LXU_04_TYT/{p}").Order(StringComparer.Ordinal), audited);
        Assert.Equal(3, await check.ExecuteScalarAsync<long>("SELECT row_count FROM job_run WHERE job_key = 'completeness'"));

        var again = await factory.Services.GetRequiredService<ReportDueUpkeep>().RunAsync(DateOnly.FromDateTime(DateTime.Now), null);

        Assert.Equal(0, again);
        Assert.Equal(3, await check.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_log WHERE actor = 'system' AND via = 'job'"));
    }

    private static async Task WaitForRunAsync(Database database)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            await using var connection = await database.OpenAsync();
            var outcome = await connection.ExecuteScalarAsync<string?>("SELECT outcome FROM job_run WHERE job_key = 'completeness' AND ended_at IS NOT NULL");
            if (outcome is not null)
            {
                Assert.Equal("succeeded", outcome);
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail("The completeness job did not run at start-up within two minutes.");
    }
}
