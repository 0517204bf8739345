using Cronos;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// Checks cron expressions (six fields: seconds minutes hours day-of-month month day-of-week, as schedules were written
/// under Quartz) with Cronos, which Hangfire parses them with too, and lists their fire times in a zone. Forms that
/// Quartz and Cronos read differently are refused with a reason rather than run at another time than meant.
/// </summary>
public static class CronSchedule
{
    public static readonly TimeSpan ShortestInterval = TimeSpan.FromMinutes(1);

    /// <summary>Trims and collapses the spaces people type, so "0  0 2 * * ?" is stored as "0 0 2 * * ?".</summary>
    public static string Normalize(string? expression) =>
        string.Join(' ', (expression ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static CronValidation Validate(string? expression, TimeZoneInfo zone, DateTimeOffset now)
    {
        var text = Normalize(expression);
        if (text.Length == 0)
        {
            return new CronValidation(CronProblem.Empty);
        }

        if (Ambiguity(text.Split(' ')) is { } ambiguity)
        {
            return new CronValidation(ambiguity);
        }

        CronExpression cron;
        try
        {
            cron = Parse(text);
        }
        catch (CronFormatException error)
        {
            return new CronValidation(CronProblem.Syntax, error.Message);
        }

        var times = NextFireTimes(cron, zone, now, 2);
        if (times.Count == 0)
        {
            return new CronValidation(CronProblem.NeverFires);
        }

        return times.Count == 2 && times[1] - times[0] < ShortestInterval ? new CronValidation(CronProblem.TooFrequent) : CronValidation.Valid;
    }

    /// <summary>The next <paramref name="count"/> fire times after <paramref name="after"/>, in <paramref name="zone"/>.</summary>
    public static IReadOnlyList<DateTimeOffset> NextFireTimes(string expression, TimeZoneInfo zone, DateTimeOffset after, int count) =>
        NextFireTimes(Parse(Normalize(expression)), zone, after, count);

    private static CronExpression Parse(string text)
    {
        var fields = text.Split(' ');
        if (fields.Length != 6)
        {
            throw new CronFormatException(
                $"{fields.Length} fields; six are needed: seconds minutes hours day-of-month month day-of-week (a year field is not supported).");
        }

        return CronExpression.Parse(text, CronFormat.IncludeSeconds);
    }

    /// <summary>
    /// Why Quartz (which wrote the schedules so far) and Cronos (which runs them now) would read this differently, if
    /// they would: day-of-week numbers, in lists, ranges, 5L or 6#3 alike (Quartz: 1 = Sunday; Cronos: 0 = Sunday, 1 = Monday), and a day of the month
    /// together with a day of the week (Quartz refuses it; Cronos runs on either).
    /// </summary>
    private static CronProblem? Ambiguity(string[] fields)
    {
        if (fields.Length != 6)
        {
            return null;
        }

        var (dayOfMonth, dayOfWeek) = (fields[3], fields[5]);
        if (dayOfWeek.Any(char.IsAsciiDigit))
        {
            return CronProblem.WeekdayNumbers;
        }

        return dayOfMonth is not ("*" or "?") && dayOfWeek is not ("*" or "?") ? CronProblem.DayOfMonthAndWeek : null;
    }

    private static List<DateTimeOffset> NextFireTimes(CronExpression cron, TimeZoneInfo zone, DateTimeOffset after, int count)
    {
        var times = new List<DateTimeOffset>(count);
        for (var next = cron.GetNextOccurrence(after, zone); next is { } time && times.Count < count; next = cron.GetNextOccurrence(time, zone))
        {
            times.Add(TimeZoneInfo.ConvertTime(time, zone));
        }

        return times;
    }
}
