using System.Globalization;

namespace HealthDashboard.Web.Jobs;

/// <summary>The phrases of <see cref="CronDescriber"/> in one language.</summary>
internal sealed class CronWords(bool vietnamese)
{
    private static readonly string[] DaysVi = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];
    private static readonly string[] DaysEn = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    public string Raw(string expression) => Pick($"Theo biểu thức cron: {expression}", $"Cron expression: {expression}");

    public string EveryMinute() => Pick("Mỗi phút", "Every minute");

    public string EveryMinutes(int n) => Pick($"Mỗi {n} phút", $"Every {n} minutes");

    public string EveryHourAt(int minute) => minute == 0
        ? Pick("Đầu mỗi giờ", "Every hour, on the hour")
        : Pick($"Hằng giờ, vào phút {minute}", $"Every hour at minute {minute}");

    public string EveryHours(int n, int minute) => minute == 0
        ? Pick($"Mỗi {n} giờ", $"Every {n} hours")
        : Pick($"Mỗi {n} giờ, vào phút {minute}", $"Every {n} hours at minute {minute}");

    public string Daily(IReadOnlyList<TimeOnly> times) => Pick($"Hằng ngày lúc {At(times)}", $"Every day at {At(times)}");

    public string Weekdays(IReadOnlyList<TimeOnly> times) =>
        Pick($"Từ thứ Hai đến thứ Sáu lúc {At(times)}", $"Monday to Friday at {At(times)}");

    /// <summary>Monday first, as calendars here show weeks; Sunday (1) last.</summary>
    public string Weekly(IReadOnlyList<int> days, IReadOnlyList<TimeOnly> times)
    {
        var ordered = days.OrderBy(d => d == 1 ? 8 : d).ToList();
        var vi = Capitalize(Join(ordered.Select(d => DaysVi[d - 1]).ToList(), "và"));
        var en = Join(ordered.Select(d => DaysEn[d - 1]).ToList(), "and");
        return Pick($"{vi} hằng tuần lúc {At(times)}", $"Every {en} at {At(times)}");
    }

    public string Monthly(int day, IReadOnlyList<TimeOnly> times) =>
        Pick($"Ngày {day} hằng tháng lúc {At(times)}", $"On day {day} of every month at {At(times)}");

    public string LastDayOfMonth(IReadOnlyList<TimeOnly> times) =>
        Pick($"Ngày cuối cùng của mỗi tháng lúc {At(times)}", $"On the last day of every month at {At(times)}");

    public string Yearly(int day, int month, IReadOnlyList<TimeOnly> times) => Pick(
        $"Ngày {day} tháng {month} hằng năm lúc {At(times)}",
        $"Every year on {day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} at {At(times)}");

    private string At(IReadOnlyList<TimeOnly> times) =>
        Join(times.Select(t => t.ToString("HH:mm", CultureInfo.InvariantCulture)).ToList(), vietnamese ? "và" : "and");

    private static string Join(IReadOnlyList<string> items, string and) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} {and} {items[^1]}";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.GetCultureInfo("vi-VN")) + text[1..];

    private string Pick(string vi, string en) => vietnamese ? vi : en;
}
