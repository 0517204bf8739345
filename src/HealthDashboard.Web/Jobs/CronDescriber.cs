using System.Globalization;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// Says a cron expression in words, Vietnamese or English, for the shapes schedules usually take (every day at 02:00,
/// on day 6 of each month, every 15 minutes, Monday to Friday…); anything else is shown as the expression itself.
/// </summary>
public static class CronDescriber
{
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static string Describe(string expression, bool vietnamese)
    {
        var text = CronSchedule.Normalize(expression);
        var words = new CronWords(vietnamese);
        return TryDescribe(text.Split(' '), words) ?? words.Raw(text);
    }

    private static string? TryDescribe(string[] f, CronWords words)
    {
        if (f.Length is < 6 or > 7 || (f.Length == 7 && f[6] != "*") || f[0] != "0")
        {
            return null;
        }

        var (minute, hour, dayOfMonth, month, dayOfWeek) = (f[1], f[2], f[3], f[4], f[5]);
        var anyDay = IsAny(dayOfMonth) && month == "*" && IsAny(dayOfWeek);
        if (anyDay && hour == "*")
        {
            return minute == "*" ? words.EveryMinute()
                : Step(minute, 59) is { } everyMinutes ? words.EveryMinutes(everyMinutes)
                : Number(minute, 0, 59) is { } atMinute ? words.EveryHourAt(atMinute)
                : null;
        }

        if (anyDay && Step(hour, 23) is { } everyHours && Number(minute, 0, 59) is { } minuteOfHour)
        {
            return words.EveryHours(everyHours, minuteOfHour);
        }

        if (Times(minute, hour) is not { } times)
        {
            return null;
        }

        if (anyDay)
        {
            return words.Daily(times);
        }

        if (month == "*" && IsAny(dayOfMonth) && Days(dayOfWeek) is { Count: > 0 } days)
        {
            return days.SetEquals([2, 3, 4, 5, 6]) ? words.Weekdays(times) : words.Weekly(days.Order().ToList(), times);
        }

        if (month == "*" && IsAny(dayOfWeek))
        {
            return dayOfMonth == "L" ? words.LastDayOfMonth(times)
                : Number(dayOfMonth, 1, 31) is { } day ? words.Monthly(day, times)
                : null;
        }

        return IsAny(dayOfWeek) && Number(month, 1, 12) is { } monthOfYear && Number(dayOfMonth, 1, 31) is { } dayOfYear
            ? words.Yearly(dayOfYear, monthOfYear, times)
            : null;
    }

    private static bool IsAny(string field) => field is "*" or "?";

    private static int? Number(string field, int min, int max) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;

    /// <summary>"*/15" or "0/15": every 15.</summary>
    private static int? Step(string field, int max)
    {
        var parts = field.Split('/');
        return parts.Length == 2 && parts[0] is "*" or "0" && Number(parts[1], 1, max) is { } step ? step : null;
    }

    /// <summary>One minute and one or more hours ("0 30 8,17"): the times of day, in order.</summary>
    private static List<TimeOnly>? Times(string minute, string hour)
    {
        if (Number(minute, 0, 59) is not { } m)
        {
            return null;
        }

        var hours = hour.Split(',').Select(h => Number(h, 0, 23)).ToList();
        return hours.All(h => h is not null) ? hours.Select(h => new TimeOnly(h!.Value, m)).Order().ToList() : null;
    }

    /// <summary>
    /// Days of the week (1 = Sunday … 7 = Saturday) from names ("MON-FRI", "SAT,SUN"); numbers are not read, as the
    /// schedule check refuses them (Quartz and standard cron count them differently).
    /// </summary>
    private static HashSet<int>? Days(string field)
    {
        var days = new HashSet<int>();
        foreach (var item in field.Split(','))
        {
            var range = item.Split('-');
            if (range.Length > 2 || Day(range[0]) is not { } from || Day(range[^1]) is not { } to || to < from)
            {
                return null;
            }

            days.UnionWith(Enumerable.Range(from, to - from + 1));
        }

        return days;
    }

    private static int? Day(string text)
    {
        var index = Array.IndexOf(DayNames, text.ToUpperInvariant());
        return index >= 0 ? index + 1 : null;
    }
}
