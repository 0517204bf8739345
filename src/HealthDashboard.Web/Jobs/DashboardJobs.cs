namespace HealthDashboard.Web.Jobs;

/// <summary>The app's scheduled jobs and their default schedules (cron with seconds, see <see cref="CronSchedule"/>, in <see cref="JobsOptions.TimeZone"/>).</summary>
public static class DashboardJobs
{
    public static readonly DashboardJob Recompute = new(
        "recompute", typeof(RecomputeJob), "0 0 2 * * ?",
        "Tính lại toàn bộ chỉ tiêu", "Full recompute of all indicators",
        "Tính lại mọi chỉ tiêu cho mọi đơn vị và kỳ báo cáo, rồi thay ảnh chụp số liệu đang dùng.",
        "Recomputes every indicator for every unit and period, then swaps in the new snapshot.");

    // A month's reports are owed once it is over: on the 1st at 01:00 (and at every start) each station's REPORT_DUE
    // for the month just ended is written, so completeness counts a station that sent nothing as not reported.
    public static readonly DashboardJob Completeness = new(
        "completeness", typeof(CompletenessJob), "0 0 1 1 * ?",
        "Ghi nhận báo cáo phải nộp", "Reports due",
        "Ghi, cho mỗi trạm y tế xã và mỗi tháng đã kết thúc, một báo cáo phải nộp (REPORT_DUE = 1) nếu chưa có, để tỷ lệ báo cáo đầy đủ và đúng hạn tính cả trạm chưa gửi.",
        "Writes, for every commune health station and every month that has ended, one report due (REPORT_DUE = 1) where it is missing, so completeness and timeliness count stations that sent nothing.");

    public static readonly DashboardJob DataQuality = new(
        "data-quality", typeof(DataQualityJob), "0 0 3 * * ?",
        "Kiểm tra chất lượng dữ liệu", "Data-quality checks",
        "Kiểm tra các quy tắc phần ≤ tổng của biểu mẫu trên số liệu đã lưu, giá trị âm và giá trị bất thường (điểm z hiệu chỉnh vượt 3,5 so với chuỗi tháng của chính đơn vị).",
        "Checks the form's part ≤ whole rules on stored data, negative values and outliers (a modified z-score beyond 3.5 against the unit's own monthly series).");

    public static readonly IReadOnlyList<DashboardJob> All = [Recompute, Completeness, DataQuality];

    public static DashboardJob? Find(string key) => All.FirstOrDefault(j => j.Key == key);
}
