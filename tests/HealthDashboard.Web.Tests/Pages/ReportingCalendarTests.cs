using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.Overview;

namespace HealthDashboard.Web.Tests.Pages;

/// <summary>Whether a figure's last month is still being reported: its deadline (the 5th of the next month) not past.</summary>
public sealed class ReportingCalendarTests
{
    [Theory]
    [InlineData(2026, 12, 4, "2026-12-05")] // November's reports are due by 5 December: still arriving on the 4th
    [InlineData(2026, 12, 5, "2026-12-05")] // and on the 5th, the last day on time
    [InlineData(2026, 12, 6, null)] // all due from the 6th
    public void NovembersReportsArriveUntilTheFifthOfDecember(int year, int month, int day, string? due)
    {
        var calendar = new ReportingCalendar(new DateOnly(year, month, day), 5);

        Assert.Equal(due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), calendar.DueAfterToday(Period.Month(2026, 11)));
    }

    [Fact]
    public void AQuartersReportsAreDueWithItsLastMonths()
    {
        var calendar = new ReportingCalendar(new DateOnly(2026, 10, 3), 5);

        Assert.Equal(new DateOnly(2026, 10, 5), calendar.DueAfterToday(Period.Quarter(2026, 3)));
        Assert.Null(calendar.DueAfterToday(Period.Quarter(2026, 2)));
        Assert.Equal(Period.Month(2026, 10), calendar.CurrentMonth);
    }
}
