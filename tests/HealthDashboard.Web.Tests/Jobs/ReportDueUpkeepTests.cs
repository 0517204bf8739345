using System.Diagnostics;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using HealthDashboard.Web.Features.Completeness;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthDashboard.Web.Tests.Jobs;

/// <summary>REPORT_DUE upkeep on a copy of the seeded sample: only missing keys, through the audited write path, and idempotent.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class ReportDueUpkeepTests(SeededAppFixture app)
{
    [Fact]
    public async Task TheStartUpRunWritesOnlyTheMissingReportsDueAndASecondRunWritesNothing()
    {
        using var copy = await app.CopyAsync();
        var database = new Database(new DatabaseOptions { ConnectionString = copy.ConnectionString });
        IReadOnlyList<string> before;
        await using (var context = database.Context())
        {
            before = await DueOf(context, "AG_LXU_04_TYT").ToListAsync();
            // Three months of one station lose their report due, as if the job had not run then.
            var last = before[^1];
            await context.Database.ExecuteSqlAsync($"""
                DELETE FROM data_value WHERE data_element_id = (SELECT id FROM data_element WHERE code = 'REPORT_DUE')
                AND org_unit_id = (SELECT id FROM org_unit WHERE code = 'AG_LXU_04_TYT') AND period IN ('201803', '202001', {last})
                """);
            // The shared app's own start-up run is in the copy's history: this test waits for the copy's.
            await context.JobRuns.ExecuteDeleteAsync();
        }

        await using var factory = DashboardFactory.OnSqlite(copy.ConnectionString);
        _ = factory.Services; // Starts the app, whose scheduler runs the upkeep once it has started.
        await WaitForRunAsync(database);

        await using var check = database.Context();
        Assert.Equal(before, await DueOf(check, "AG_LXU_04_TYT").ToListAsync());
        var audited = await check.AuditLog.Where(a => a.Actor == "system" && a.Via == "job" && a.Action == "create")
            .OrderBy(a => a.EntityKey).Select(a => a.EntityKey).ToListAsync();
        Assert.Equal(new[] { "201803", "202001", before[^1] }.Select(p => $"REPORT_DUE/AG_LXU_04_TYT/{p}").Order(StringComparer.Ordinal), audited);
        Assert.Equal(3, await check.JobRuns.Where(r => r.JobKey == "completeness").Select(r => r.RowCount).FirstOrDefaultAsync() ?? 0);

        var again = await factory.Services.GetRequiredService<ReportDueUpkeep>().RunAsync(DateOnly.FromDateTime(DateTime.Now), null);

        Assert.Equal(0, again);
        Assert.Equal(3, await check.AuditLog.LongCountAsync(a => a.Actor == "system" && a.Via == "job"));
    }

    /// <summary>The periods of the station's REPORT_DUE values, in order.</summary>
    private static IQueryable<string> DueOf(DashboardDbContext context, string station) =>
        from v in context.DataValues
        join e in context.DataElements on v.DataElementId equals e.Id
        join o in context.OrgUnits on v.OrgUnitId equals o.Id
        where e.Code == "REPORT_DUE" && o.Code == station
        orderby v.Period
        select v.Period;

    private static async Task WaitForRunAsync(Database database)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            await using var context = database.Context();
            var outcome = await context.JobRuns.Where(r => r.JobKey == "completeness" && r.EndedAt != null).Select(r => r.Outcome).FirstOrDefaultAsync();
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
