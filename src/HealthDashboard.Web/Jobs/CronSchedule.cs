using Quartz;

namespace HealthDashboard.Web.Jobs;

/// <summary>Checks cron expressions (Quartz syntax: seconds minutes hours day-of-month month day-of-week [year]) and lists their fire times.</summary>
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

        CronExpression cron;
        try
        {
            cron = new CronExpression(text) { TimeZone = zone };
        }
        catch (FormatException error)
        {
            return new CronValidation(CronProblem.Syntax, error.Message);
        }

        var times = NextFireTimes(cron, now, 2);
        if (times.Count == 0)
        {
            return new CronValidation(CronProblem.NeverFires);
        }

        return times.Count == 2 && times[1] - times[0] < ShortestInterval ? new CronValidation(CronProblem.TooFrequent) : CronValidation.Valid;
    }

    /// <summary>The next <paramref name="count"/> fire times after <paramref name="after"/>, in the expression's zone.</summary>
    public static IReadOnlyList<DateTimeOffset> NextFireTimes(string expression, TimeZoneInfo zone, DateTimeOffset after, int count) =>
        NextFireTimes(new CronExpression(Normalize(expression)) { TimeZone = zone }, after, count);

    private static List<DateTimeOffset> NextFireTimes(CronExpression cron, DateTimeOffset after, int count)
    {
        var times = new List<DateTimeOffset>(count);
        for (var next = cron.GetTimeAfter(after); next is { } time && times.Count < count; next = cron.GetTimeAfter(time))
        {
            times.Add(TimeZoneInfo.ConvertTime(time, cron.TimeZone));
        }

        return times;
    }
}
