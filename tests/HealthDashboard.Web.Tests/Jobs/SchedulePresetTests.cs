using HealthDashboard.Web.Jobs;

namespace HealthDashboard.Web.Tests.Jobs;

public class SchedulePresetTests
{
    private static readonly TimeZoneInfo Hanoi = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    [Theory]
    [InlineData(SchedulePresetKind.Daily, 2, 0, DayOfWeek.Monday, 1, "0 0 2 * * ?", "Every day at 02:00")]
    [InlineData(SchedulePresetKind.Daily, 23, 45, DayOfWeek.Monday, 1, "0 45 23 * * ?", "Every day at 23:45")]
    [InlineData(SchedulePresetKind.Weekly, 4, 30, DayOfWeek.Friday, 1, "0 30 4 ? * FRI", "Every Friday at 04:30")]
    [InlineData(SchedulePresetKind.Weekly, 6, 0, DayOfWeek.Sunday, 1, "0 0 6 ? * SUN", "Every Sunday at 06:00")]
    [InlineData(SchedulePresetKind.Monthly, 1, 0, DayOfWeek.Monday, 1, "0 0 1 1 * ?", "On day 1 of every month at 01:00")]
    [InlineData(SchedulePresetKind.Monthly, 7, 5, DayOfWeek.Monday, 15, "0 5 7 15 * ?", "On day 15 of every month at 07:05")]
    public void EachPresetWritesAValidCronThatReadsBackAsItself(SchedulePresetKind kind, int hour, int minute, DayOfWeek day, int dayOfMonth, string cron, string words)
    {
        var preset = new SchedulePreset(kind, new TimeOnly(hour, minute), day, dayOfMonth);

        Assert.Equal(cron, preset.ToCron());
        Assert.True(CronSchedule.Validate(cron, Hanoi, DateTimeOffset.UtcNow).IsValid);
        Assert.Equal(words, CronDescriber.Describe(cron, vietnamese: false));
        var read = SchedulePreset.From(cron);
        Assert.Equal((kind, preset.Time), (read.Kind, read.Time));
        Assert.Equal(kind == SchedulePresetKind.Weekly ? day : DayOfWeek.Monday, read.Weekday);
        Assert.Equal(kind == SchedulePresetKind.Monthly ? dayOfMonth : 1, read.DayOfMonth);
    }

    [Fact]
    public void TheDefaultSchedulesOpenOnTheirPreset()
    {
        Assert.Equal(SchedulePresetKind.Daily, SchedulePreset.From(DashboardJobs.Recompute.DefaultCron).Kind);
        Assert.Equal(SchedulePresetKind.Monthly, SchedulePreset.From(DashboardJobs.Completeness.DefaultCron).Kind);
        Assert.Equal(SchedulePresetKind.Daily, SchedulePreset.From(DashboardJobs.DataQuality.DefaultCron).Kind);
    }

    [Theory]
    [InlineData("0 30 4 ? * MON-FRI")]
    [InlineData("0 0/15 * * * ?")]
    [InlineData("0 15 23 L * ?")]
    [InlineData("30 0 2 * * ?")]
    [InlineData("0 0 2 1 1 ?")]
    [InlineData("not a cron")]
    public void OtherShapesOpenAsTheAdvancedCron(string cron)
    {
        var read = SchedulePreset.From(cron);

        Assert.Equal(SchedulePresetKind.Cron, read.Kind);
        Assert.Equal(cron, read.ToCron());
    }
}
