using HealthDashboard.Data.Db;
using HealthDashboard.Data.Seeding;
using HealthDashboard.Data.Sample;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Tests;

/// <summary>
/// The sample's report flags follow one completion time per station and month, stored as REPORT_DONE's time: on time
/// exactly when that day is by the deadline, and not complete at all while that day is still ahead.
/// </summary>
public class SampleReportTimingTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task ReportFlagsAgreeWithTheStoredCompletionTimes(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await new DatabaseSeeder(db.Database).EnsureReadyAsync(seedSample: false, new DateOnly(2026, 12, 4));
        // On 4 December November's reports are due on the 5th: some stations have completed them, none can be late yet.
        var today = new DateOnly(2026, 12, 4);
        await new AreaSeeder(db.Database).SeedAsync(SyntheticAreas.Build(60), Period.Month(2026, 9), Period.Month(2026, 12), seed: 7, today);

        var flags = await ReportFlagsAsync(db.Database);
        var vietnam = TimeSpan.FromHours(7);
        foreach (var month in new[] { Period.Month(2026, 9), Period.Month(2026, 10), Period.Month(2026, 11) })
        {
            var rows = flags.Where(f => f.Period == month.ToString()).ToList();
            var done = rows.Where(r => r.Done).ToList();
            Assert.NotEmpty(done);
            Assert.All(done, r =>
            {
                var day = DateOnly.FromDateTime(new DateTimeOffset(r.DoneAt, TimeSpan.Zero).ToOffset(vietnam).DateTime);
                Assert.True(day <= today, $"{r.Unit} {month} completed in the future ({day})");
                Assert.Equal(ReportDeadline.IsOnTime(month, day, ReportDeadline.DefaultDay), r.OnTime);
            });
        }

        var november = flags.Where(f => f.Period == "202611").ToList();
        Assert.DoesNotContain(november, r => r.Done && !r.OnTime);
        Assert.Contains(november, r => !r.Done);
        Assert.Contains(flags, r => r.Done && !r.OnTime && r.Period != "202611");
    }

    [Fact]
    public void TheCompletionTimeIsTheSameForTheSameStationAndMonth()
    {
        var first = SampleReportTiming.CompletedAt(7, 42, Period.Month(2024, 3));

        Assert.Equal(first, SampleReportTiming.CompletedAt(7, 42, Period.Month(2024, 3)));
        Assert.Equal(TimeSpan.FromHours(7), first.Offset);
        Assert.InRange(DateOnly.FromDateTime(first.DateTime), new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 19));
    }

    private static async Task<List<Flags>> ReportFlagsAsync(Database database)
    {
        await using var context = database.Context();
        var rows = await (
            from v in context.DataValues
            join e in context.DataElements on v.DataElementId equals e.Id
            where e.Code == "REPORT_DONE" || e.Code == "REPORT_ON_TIME"
            select new { e.Code, v.OrgUnitId, v.Period, v.Value, v.UpdatedAt }).ToListAsync();
        return rows.GroupBy(r => (r.OrgUnitId, r.Period))
            .Select(g => new Flags(g.Key.OrgUnitId, g.Key.Period,
                g.Any(r => r.Code == "REPORT_DONE" && r.Value > 0), g.Any(r => r.Code == "REPORT_ON_TIME" && r.Value > 0),
                g.First(r => r.Code == "REPORT_DONE").UpdatedAt))
            .ToList();
    }

    private sealed record Flags(long Unit, string Period, bool Done, bool OnTime, DateTime DoneAt);
}
