using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Reporting;

namespace HealthDashboard.Domain.Tests.Periods;

/// <summary>Which months' reports are all due (the deadline is the 5th of the next month), and how far a year counts.</summary>
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

    [Theory]
    [InlineData(2026, 11, 23, 2026, 10)]
    [InlineData(2026, 11, 6, 2026, 10)]
    [InlineData(2026, 11, 5, 2026, 9)]
    [InlineData(2026, 1, 3, 2025, 11)]
    [InlineData(2026, 1, 6, 2025, 12)]
    public void TheLastDueMonthIsTheLastWhoseDeadlinePassed(int y, int m, int d, int dueYear, int dueMonth) =>
        Assert.Equal(Period.Month(dueYear, dueMonth), new ReportingCalendar(new DateOnly(y, m, d), 5).LastDueMonth);

    [Fact]
    public void AYearCountsThroughItsLastDueMonth()
    {
        // On 4 December 2026 November is still being reported: 2026 counts through October, 2025 whole.
        var december = new ReportingCalendar(new DateOnly(2026, 12, 4), 5);
        Assert.Equal(Period.Month(2026, 10), december.DueThrough(2026));
        Assert.Equal(Period.Month(2025, 12), december.DueThrough(2025));
        Assert.Equal(Period.Month(2026, 12), december.ArrivingThrough(2026));

        // On 3 January 2027 no month of 2027 is due, and 2026 counts through November.
        var january = new ReportingCalendar(new DateOnly(2027, 1, 3), 5);
        Assert.Null(january.DueThrough(2027));
        Assert.Equal(Period.Month(2026, 11), january.DueThrough(2026));
        Assert.Equal(Period.Month(2027, 1), january.ArrivingThrough(2027));
        Assert.Null(january.ArrivingThrough(2028));
    }

    [Fact]
    public void AYearCountedThroughAMonthSaysWhichMonths()
    {
        var vi = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
        var en = System.Globalization.CultureInfo.GetCultureInfo("en-US");

        Assert.Equal("Năm 2026, đến Tháng 10/2026", PeriodFormatter.YearThrough(2026, Period.Month(2026, 10), vi));
        Assert.Equal("2026, through Oct 2026", PeriodFormatter.YearThrough(2026, Period.Month(2026, 10), en));
        Assert.Equal("Năm 2025", PeriodFormatter.YearThrough(2025, null, vi));
        Assert.Equal("202601-202610", PeriodFormatter.YearThroughCode(2026, Period.Month(2026, 10)));
        Assert.Equal("2025", PeriodFormatter.YearThroughCode(2025, null));
    }
}
