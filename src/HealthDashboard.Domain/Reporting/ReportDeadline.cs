using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Reporting;

/// <summary>
/// When a station's monthly report is due: the end of day <c>deadlineDay</c> of the next month (day 5 by default), in
/// the province's time zone. A report completed by then is on time.
/// </summary>
public static class ReportDeadline
{
    /// <summary>The day of the next month by which a month's report is due unless a site sets another.</summary>
    public const int DefaultDay = 5;

    /// <summary>The last day on which a report of <paramref name="month"/> is still on time.</summary>
    public static DateOnly LastDayOf(Period month, int deadlineDay)
    {
        if (month.Type != PeriodType.Month)
        {
            throw new ArgumentException("Reports are monthly.", nameof(month));
        }

        var next = month.Next().Start;
        return next.AddDays(Math.Clamp(deadlineDay, 1, DateTime.DaysInMonth(next.Year, next.Month)) - 1);
    }

    /// <summary>Whether a report of <paramref name="month"/> completed on <paramref name="completedOn"/> (local date) is on time.</summary>
    public static bool IsOnTime(Period month, DateOnly completedOn, int deadlineDay) => completedOn <= LastDayOf(month, deadlineDay);

    /// <summary>Whole days between the deadline and <paramref name="day"/> (local date); 0 on or before the deadline.</summary>
    public static int DaysLate(Period month, DateOnly day, int deadlineDay) => Math.Max(0, day.DayNumber - LastDayOf(month, deadlineDay).DayNumber);

    /// <summary>A month can be marked complete only once it is over.</summary>
    public static bool CanComplete(Period month, DateOnly today) => month.Type == PeriodType.Month && month.End < today;
}
