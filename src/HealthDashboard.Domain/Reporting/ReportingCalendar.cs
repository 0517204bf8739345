using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Reporting;

/// <summary>
/// Today in the province's zone and the reporting deadline: which month is running, which months' reports are all
/// due (a month's on the deadline day of the next, a quarter's with its last month's), and so how far a year's
/// figures may count before they would pass off a month still being reported as a finished one.
/// </summary>
public sealed record ReportingCalendar(DateOnly Today, int DeadlineDay)
{
    public Period CurrentMonth => Period.MonthOf(Today);

    /// <summary>The last month whose reports are all due: on 4 December, October (November's are due by the 5th).</summary>
    public Period LastDueMonth
    {
        get
        {
            var month = CurrentMonth.Previous();
            return Today > ReportDeadline.LastDayOf(month, DeadlineDay) ? month : month.Previous();
        }
    }

    /// <summary>The deadline of <paramref name="period"/>'s last month if it is not past yet; otherwise null.</summary>
    public DateOnly? DueAfterToday(Period period)
    {
        var lastMonth = LastMonthOf(period);
        return lastMonth.CompareTo(LastDueMonth) > 0 ? ReportDeadline.LastDayOf(lastMonth, DeadlineDay) : null;
    }

    /// <summary>
    /// The last month of <paramref name="year"/> a figure counts by default: December for a year whose reports are all
    /// due, <see cref="LastDueMonth"/> in its own year, null for a year none of whose months is due yet.
    /// </summary>
    public Period? DueThrough(int year) =>
        year < LastDueMonth.Year ? Period.Month(year, 12)
        : year == LastDueMonth.Year ? LastDueMonth
        : null;

    /// <summary>Whether every month of <paramref name="year"/> has its reports due: the year is over for its figures.</summary>
    public bool IsYearDue(int year) => DueThrough(year) is { Index: 12 };

    /// <summary>The last month of <paramref name="year"/> a figure counts when the months still being reported are let in: up to this month.</summary>
    public Period? ArrivingThrough(int year) =>
        year < CurrentMonth.Year ? Period.Month(year, 12)
        : year == CurrentMonth.Year ? CurrentMonth
        : null;

    private static Period LastMonthOf(Period period) => period.Type switch
    {
        PeriodType.Month => period,
        PeriodType.Quarter => Period.Month(period.Year, period.Index * 3),
        _ => Period.Month(period.Year, 12),
    };
}
