using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Reporting;

namespace HealthDashboard.Web.Features.Overview;

/// <summary>
/// Today in the province's zone and the reporting deadline: which month is running, and whether a period's reports
/// are all due yet (a month's are due on the deadline day of the next; a quarter's with its last month's).
/// </summary>
public sealed record ReportingCalendar(DateOnly Today, int DeadlineDay)
{
    public Period CurrentMonth => Period.MonthOf(Today);

    /// <summary>The deadline of <paramref name="period"/>'s last month if it is still ahead of today; otherwise null.</summary>
    public DateOnly? DueAfterToday(Period period)
    {
        var lastMonth = period.Type switch
        {
            PeriodType.Month => period,
            PeriodType.Quarter => Period.Month(period.Year, period.Index * 3),
            _ => Period.Month(period.Year, 12),
        };
        var deadline = ReportDeadline.LastDayOf(lastMonth, DeadlineDay);
        return deadline >= Today ? deadline : null;
    }
}
