using System.Globalization;

namespace HealthDashboard.Web.Jobs;

/// <summary>How an admin chooses a schedule: one of the usual shapes, or a cron expression as the advanced choice.</summary>
public enum SchedulePresetKind
{
    Daily = 1,
    Weekly = 2,
    Monthly = 3,
    Cron = 4,
}

/// <summary>
/// A schedule as the edit form holds it: every day at a time, every week on a day at a time, every month on day N at a
/// time, or a cron expression. <see cref="ToCron"/> writes the six-field cron Hangfire keeps; <see cref="From"/> reads
/// one back into the shape it has, so the form opens on the choice that made it.
/// </summary>
public sealed record SchedulePreset(SchedulePresetKind Kind, TimeOnly Time, DayOfWeek Weekday = DayOfWeek.Monday, int DayOfMonth = 1, string Cron = "")
{
    private static readonly string[] Days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public string ToCron() => Kind switch
    {
        SchedulePresetKind.Daily => $"0 {Time.Minute} {Time.Hour} * * ?",
        SchedulePresetKind.Weekly => $"0 {Time.Minute} {Time.Hour} ? * {Days[(int)Weekday]}",
        SchedulePresetKind.Monthly => string.Create(CultureInfo.InvariantCulture, $"0 {Time.Minute} {Time.Hour} {DayOfMonth} * ?"),
        _ => CronSchedule.Normalize(Cron),
    };

    /// <summary>The preset a stored cron is, or the cron itself (advanced) when it is none of the shapes.</summary>
    public static SchedulePreset From(string cron)
    {
        var text = CronSchedule.Normalize(cron);
        var fields = text.Split(' ');
        var advanced = new SchedulePreset(SchedulePresetKind.Cron, new TimeOnly(2, 0), Cron: text);
        if (fields.Length != 6 || fields[0] != "0" || fields[4] != "*"
            || Number(fields[1], 0, 59) is not { } minute || Number(fields[2], 0, 23) is not { } hour)
        {
            return advanced;
        }

        var time = new TimeOnly(hour, minute);
        var (dayOfMonth, dayOfWeek) = (fields[3], fields[5]);
        if (IsAny(dayOfMonth) && IsAny(dayOfWeek))
        {
            return new SchedulePreset(SchedulePresetKind.Daily, time, Cron: text);
        }

        if (dayOfMonth == "?" && Array.IndexOf(Days, dayOfWeek.ToUpperInvariant()) is var day and >= 0)
        {
            return new SchedulePreset(SchedulePresetKind.Weekly, time, (DayOfWeek)day, Cron: text);
        }

        return IsAny(dayOfWeek) && Number(dayOfMonth, 1, 31) is { } n
            ? new SchedulePreset(SchedulePresetKind.Monthly, time, DayOfMonth: n, Cron: text)
            : advanced;
    }

    private static bool IsAny(string field) => field is "*" or "?";

    private static int? Number(string field, int min, int max) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;
}
