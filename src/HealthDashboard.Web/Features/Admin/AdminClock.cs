using System.Globalization;
using HealthDashboard.Web.Jobs;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Features.Admin;

/// <summary>
/// Times on the security admin pages: shown dd/MM/yyyy HH:mm in the app's zone (Asia/Ho_Chi_Minh, the one jobs use),
/// and days typed dd/MM/yyyy read as whole days of that zone.
/// </summary>
public sealed class AdminClock(IOptions<JobsOptions> options, TimeProvider clock, ReportingClock reporting)
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy"];

    public TimeZoneInfo Zone => options.Value.FindZone();

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public DateOnly Today => reporting.Today;

    public string Format(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public string Format(DateTime? utc) => utc is { } u ? Format(u) : "—";

    public string Format(DateTimeOffset utc) => Format(utc.UtcDateTime);

    /// <summary>A day typed dd/MM/yyyy (or d/M/yyyy); false for anything else, blank included.</summary>
    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public static string FormatDay(DateOnly day) => Localization.DayText.Of(day);

    /// <summary>The instant the day starts in the app's zone, in UTC.</summary>
    public DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), Zone);

    /// <summary>The day that ends at this instant, when it is a midnight of the app's zone (an expiry "at the end of a day").</summary>
    public DateOnly? DayEndingAt(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
        return local.TimeOfDay == TimeSpan.Zero ? DateOnly.FromDateTime(local).AddDays(-1) : null;
    }

    /// <summary>The instant the day ends (the next day starts) in the app's zone, in UTC.</summary>
    public DateTime EndOfDayUtc(DateOnly day) => StartOfDayUtc(day.AddDays(1));
}
