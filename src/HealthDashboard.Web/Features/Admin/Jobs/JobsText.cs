using System.Globalization;
using HealthDashboard.Data.Jobs;
using HealthDashboard.Web.Jobs;
using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Admin.Jobs;

/// <summary>The jobs page's words, and how it writes times (dd/MM/yyyy HH:mm in the jobs' zone) and durations.</summary>
public sealed class JobsText
{
    public string Title => Pick("Tác vụ định kỳ", "Scheduled jobs");
    public string Schedule => Pick("Lịch chạy", "Schedule");
    public string CronExpression => Pick("Biểu thức cron", "Cron expression");
    public string CronHelp => Pick("giây phút giờ ngày tháng thứ — ví dụ 0 0 2 * * ? là 02:00 hằng ngày", "seconds minutes hours day month weekday — e.g. 0 0 2 * * ? is 02:00 every day");
    public string NextFireTimes => Pick("5 lần chạy tới", "Next 5 runs");
    public string NoNextFire => Pick("Không còn lần chạy nào theo lịch.", "No run left on this schedule.");
    public string Edit => Pick("Sửa lịch", "Edit schedule");
    public string Save => Pick("Lưu", "Save");
    public string Cancel => Pick("Hủy", "Cancel");
    public string Pause => Pick("Tạm dừng", "Pause");
    public string Resume => Pick("Tiếp tục", "Resume");
    public string RunNow => Pick("Chạy ngay", "Run now");
    public string Active => Pick("Đang theo lịch", "Scheduled");
    public string Paused => Pick("Tạm dừng", "Paused");
    public string Running => Pick("Đang chạy", "Running");
    public string Queued => Pick("Đã gửi yêu cầu chạy…", "Run requested…");
    public string Saved => Pick("Đã lưu lịch mới.", "New schedule saved.");
    public string History => Pick("Lịch sử chạy", "Run history");
    public string NoHistory => Pick("Chưa có lần chạy nào.", "No run yet.");
    public string Job => Pick("Tác vụ", "Job");
    public string Started => Pick("Bắt đầu", "Started");
    public string Ended => Pick("Kết thúc", "Ended");
    public string Duration => Pick("Thời lượng", "Duration");
    public string Rows => Pick("Số dòng", "Rows");
    public string Outcome => Pick("Kết quả", "Outcome");
    public string Node => Pick("Máy chủ", "Node");
    public string Trigger => Pick("Cách chạy", "Trigger");
    public string Error => Pick("Lỗi", "Error");
    public string ByHand => Pick("Chạy tay", "Run now");
    public string BySchedule => Pick("Theo lịch", "Schedule");
    public string LastRun => Pick("Lần chạy gần nhất", "Last run");
    public string ActionFailed => Pick("Không thực hiện được. Vui lòng thử lại.", "That did not work. Please try again.");
    public string SchedulerStarting => Pick("Bộ lập lịch đang khởi động…", "The scheduler is starting…");
    public string SchedulerDisabled => Pick("Bộ lập lịch đã tắt trên máy chủ này (Jobs:Enabled = false).", "The scheduler is turned off on this node (Jobs:Enabled = false).");
    public string SchedulerFailed => Pick("Bộ lập lịch không khởi động được; xem nhật ký máy chủ.", "The scheduler could not start; see the server log.");

    public string ZoneNote(TimeZoneInfo zone) => Pick(
        $"Giờ theo múi {zone.Id} (UTC{Offset(zone)})", $"Times in {zone.Id} (UTC{Offset(zone)})");

    public string NodeNote(string node, bool clustered) => clustered
        ? Pick($"Máy chủ này: {node} · cụm nhiều máy (PostgreSQL), mỗi lần chạy chỉ trên một máy", $"This node: {node} · cluster (PostgreSQL), each run on one node only")
        : Pick($"Máy chủ này: {node} · một máy (SQLite)", $"This node: {node} · single node (SQLite)");

    public string RunningOn(string node, double progress) => Pick(
        $"Đang chạy trên {node} — {Percent(progress)}", $"Running on {node} — {Percent(progress)}");

    public string CronError(CronValidation validation) => validation.Problem switch
    {
        CronProblem.Empty => Pick("Hãy nhập biểu thức cron.", "Enter a cron expression."),
        CronProblem.NeverFires => Pick("Biểu thức hợp lệ nhưng không còn lần chạy nào trong tương lai.", "The expression is valid but never fires again."),
        CronProblem.TooFrequent => Pick("Lịch chạy dày hơn một phút một lần; hãy chọn thưa hơn.", "That runs more than once a minute; choose a sparser schedule."),
        CronProblem.WeekdayNumbers => Pick(
            "Hãy ghi thứ bằng tên (MON, TUE … SUN) thay vì số: cron cũ (Quartz) đếm 1 là Chủ nhật, cron chuẩn đếm 1 là thứ Hai.",
            "Write the days of the week as MON, TUE … SUN, not numbers: the former cron (Quartz) counted 1 as Sunday, standard cron counts 1 as Monday."),
        CronProblem.DayOfMonthAndWeek => Pick(
            "Chỉ chọn ngày trong tháng hoặc thứ trong tuần: đặt ? vào ô còn lại.",
            "Give a day of the month or a day of the week, not both: put ? in the other one."),
        _ => Pick(
            $"Biểu thức cron không hợp lệ. Cần đúng 6 phần: giây phút giờ ngày tháng thứ. Chi tiết: {validation.Detail}",
            $"Not a valid cron expression. It needs exactly 6 fields: seconds minutes hours day month weekday. Detail: {validation.Detail}"),
    };

    public string OutcomeName(JobOutcome outcome) => outcome switch
    {
        JobOutcome.Running => Running,
        JobOutcome.Succeeded => Pick("Thành công", "Succeeded"),
        JobOutcome.Failed => Pick("Thất bại", "Failed"),
        _ => Pick("Bị ngắt", "Interrupted"),
    };

    /// <summary>A UTC instant as a time in the jobs' zone: 24/11/2026 02:00 (Vietnamese) or 24 Nov 2026 02:00.</summary>
    public string Time(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString(IsVietnamese ? "dd/MM/yyyy HH:mm" : "dd MMM yyyy HH:mm", CultureInfo.CurrentCulture);

    public string TimeWithSeconds(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(utc, TimeSpan.Zero), zone).ToString(IsVietnamese ? "dd/MM/yyyy HH:mm:ss" : "dd MMM yyyy HH:mm:ss", CultureInfo.CurrentCulture);

    public string Span(TimeSpan? span) => span switch
    {
        null => "—",
        { TotalSeconds: < 60 } s => s.TotalSeconds.ToString("0.0", CultureInfo.CurrentCulture) + " s",
        { } s => $"{(int)s.TotalMinutes} min {s.Seconds} s",
    };

    public string Count(long? rows) => rows?.ToString("#,0", CultureInfo.CurrentCulture) ?? "—";

    public static string Percent(double progress) => ((int)Math.Round(progress * 100)).ToString(CultureInfo.InvariantCulture) + " %";

    private static string Offset(TimeZoneInfo zone)
    {
        var offset = zone.BaseUtcOffset;
        return (offset < TimeSpan.Zero ? "−" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
    }
}
