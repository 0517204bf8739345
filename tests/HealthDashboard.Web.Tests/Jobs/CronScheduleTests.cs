using HealthDashboard.Web.Jobs;

namespace HealthDashboard.Web.Tests.Jobs;

public class CronScheduleTests
{
    private static readonly TimeZoneInfo Hanoi = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 21, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("0 0 2 * * ?")]
    [InlineData("0 0 1 6 * ?")]
    [InlineData("0 0/5 * * * ?")]
    [InlineData("0 0 7 ? * MON-FRI")]
    [InlineData("0 30 4 ? * MON-FRI")]
    [InlineData("0 15 23 L * ?")]
    [InlineData("0 0 6 ? * SAT,SUN")]
    public void GoodExpressionsAreValid(string cron) => Assert.True(CronSchedule.Validate(cron, Hanoi, Now).IsValid);

    [Theory]
    [InlineData("", CronProblem.Empty)]
    [InlineData("   ", CronProblem.Empty)]
    [InlineData(null, CronProblem.Empty)]
    [InlineData("every night", CronProblem.Syntax)]
    [InlineData("0 0 25 * * ?", CronProblem.Syntax)]
    [InlineData("0 0 2 * *", CronProblem.Syntax)]
    [InlineData("0 0 2 * * * ?", CronProblem.Syntax)]
    [InlineData("0 0 2 1 1 ? 2001", CronProblem.Syntax)]
    [InlineData("0 0 2 30 2 ?", CronProblem.NeverFires)]
    [InlineData("0 0 2 5 * MON", CronProblem.DayOfMonthAndWeek)]
    [InlineData("0 0 7 ? * 2-6", CronProblem.WeekdayNumbers)]
    [InlineData("0 0 7 ? * 1", CronProblem.WeekdayNumbers)]
    [InlineData("0 0 2 ? * 6#3", CronProblem.WeekdayNumbers)]
    [InlineData("0 0 2 ? * 5L", CronProblem.WeekdayNumbers)]
    [InlineData("* * * * * ?", CronProblem.TooFrequent)]
    [InlineData("0/10 * * * * ?", CronProblem.TooFrequent)]
    public void BadExpressionsSayWhatIsWrong(string? cron, CronProblem problem)
    {
        var result = CronSchedule.Validate(cron, Hanoi, Now);

        Assert.Equal(problem, result.Problem);
        Assert.False(result.IsValid);
        Assert.Equal(problem == CronProblem.Syntax, !string.IsNullOrWhiteSpace(result.Detail));
    }

    [Fact]
    public void AYearFieldIsRefusedWithWhy() =>
        Assert.Contains("year field is not supported", CronSchedule.Validate("0 0 2 1 1 ? 2030", Hanoi, Now).Detail, StringComparison.Ordinal);

    [Theory]
    [InlineData("0 0 7 ? * MON-FRI", "Monday,Tuesday,Wednesday,Thursday,Friday")]
    [InlineData("0 0 6 ? * SUN", "Sunday")]
    [InlineData("0 0 6 ? * SAT,SUN", "Saturday,Sunday")]
    public void NamedDaysAreTheDaysQuartzMeant(string cron, string expected)
    {
        var days = CronSchedule.NextFireTimes(cron, Hanoi, Now, 14).Select(t => t.DayOfWeek.ToString()).ToHashSet();

        Assert.Equal(expected.Split(',').ToHashSet(), days);
    }

    [Fact]
    public void NextFireTimesAreInTheJobsZone()
    {
        // 21:30 UTC is 04:30 on the 24th in Hanoi: the next 02:00 there is on the 25th.
        var times = CronSchedule.NextFireTimes("0 0 2 * * ?", Hanoi, Now, 5);

        Assert.Equal(5, times.Count);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.FromHours(7)), times[0]);
        Assert.Equal(TimeSpan.FromHours(7), times[0].Offset);
        Assert.Equal(TimeSpan.FromDays(1), times[1] - times[0]);
    }

    [Fact]
    public void SpacesAreTidied() => Assert.Equal("0 0 2 * * ?", CronSchedule.Normalize("  0   0 2 *  * ? "));
}
