using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Reporting;

namespace HealthDashboard.Domain.Tests.Quality;

public class ReportDeadlineTests
{
    [Fact]
    public void AMonthsReportIsDueOnTheDeadlineDayOfTheNextMonth()
    {
        Assert.Equal(new DateOnly(2026, 11, 5), ReportDeadline.LastDayOf(Period.Month(2026, 10), 5));
        Assert.Equal(new DateOnly(2027, 1, 5), ReportDeadline.LastDayOf(Period.Month(2026, 12), 5));
        // A deadline day beyond a short month is its last day.
        Assert.Equal(new DateOnly(2026, 2, 28), ReportDeadline.LastDayOf(Period.Month(2026, 1), 31));
    }

    [Fact]
    public void OnTimeIncludesTheDeadlineDayItself()
    {
        var october = Period.Month(2026, 10);
        Assert.True(ReportDeadline.IsOnTime(october, new DateOnly(2026, 11, 5), 5));
        Assert.False(ReportDeadline.IsOnTime(october, new DateOnly(2026, 11, 6), 5));
    }

    [Fact]
    public void OnlyAMonthThatIsOverCanBeMarkedComplete()
    {
        Assert.False(ReportDeadline.CanComplete(Period.Month(2026, 11), new DateOnly(2026, 11, 30)));
        Assert.True(ReportDeadline.CanComplete(Period.Month(2026, 11), new DateOnly(2026, 12, 1)));
        Assert.False(ReportDeadline.CanComplete(Period.OfYear(2025), new DateOnly(2026, 12, 1)));
    }
}
