using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using HealthDashboard.Web.Jobs;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Web.Tests.Jobs;

/// <summary>
/// The crons a database had under Quartz (left in app_state by the DropQuartz migration) become Hangfire's schedules at
/// the first start, unless Cronos would read them otherwise; then they are forgotten.
/// </summary>
public sealed class QuartzScheduleCarryOverTests
{
    [Fact]
    public async Task ACarriedCronIsTheFirstScheduleAnAmbiguousOneGivesWayToTheDefault()
    {
        using var file = new TempSqliteFile();
        await using (var database = new Database(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = file.ConnectionString }))
        {
            await new SchemaMigrator(database).MigrateAsync();
            await using var context = database.Context();
            context.AppState.AddRange(
                new AppStateEntity { Key = QuartzCarryOver.CronPrefix + "recompute", Value = "0 30 4 * * ?", UpdatedAt = DateTime.UtcNow },
                // Monday under Quartz, Tuesday under Cronos: not carried.
                new AppStateEntity { Key = QuartzCarryOver.CronPrefix + "data-quality", Value = "0 0 3 ? * 2", UpdatedAt = DateTime.UtcNow });
            await context.SaveChangesAsync();
        }

        await using var app = await InProcessJobsApp.StartAsync(file);
        var schedules = (await app.Jobs.ListAsync()).ToDictionary(s => s.Job.Key);

        Assert.Equal("0 30 4 * * ?", schedules["recompute"].Cron);
        Assert.Equal(DashboardJobs.DataQuality.DefaultCron, schedules["data-quality"].Cron);
        Assert.Equal(DashboardJobs.Completeness.DefaultCron, schedules["completeness"].Cron);
        await using var after = new Database(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = file.ConnectionString });
        await using var check = after.Context();
        Assert.False(await check.AppState.AnyAsync(s => s.Key.StartsWith(QuartzCarryOver.CronPrefix)));
    }
}
