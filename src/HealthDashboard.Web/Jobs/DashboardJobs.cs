namespace HealthDashboard.Web.Jobs;

/// <summary>The app's scheduled jobs and their default schedules (cron, Quartz syntax, in <see cref="JobsOptions.TimeZone"/>).</summary>
public static class DashboardJobs
{
    public static readonly DashboardJob Recompute = new(
        "recompute", typeof(RecomputeJob), "0 0 2 * * ?",
        "Tính lại toàn bộ chỉ tiêu", "Full recompute of all indicators",
        "Tính lại mọi chỉ tiêu cho mọi đơn vị và kỳ báo cáo, rồi thay ảnh chụp số liệu đang dùng.",
        "Recomputes every indicator for every unit and period, then swaps in the new snapshot.");

    // Reports for a month are due on the 5th of the next: the day after, at 01:00, every unit has had its chance.
    public static readonly DashboardJob Completeness = new(
        "completeness", typeof(CompletenessJob), "0 0 1 6 * ?",
        "Tính tỷ lệ báo cáo đầy đủ", "Reporting completeness",
        "Ghi nhận, theo từng tháng, trạm y tế xã và xã nào đã gửi báo cáo sau hạn nộp (ngày 5 tháng sau).",
        "Records, month by month, which commune health stations and communes reported by the deadline (the 5th of the next month).");

    public static readonly DashboardJob DataQuality = new(
        "data-quality", typeof(DataQualityJob), "0 0 3 * * ?",
        "Kiểm tra chất lượng dữ liệu", "Data-quality checks",
        "Tìm giá trị âm, tử số lớn hơn mẫu số và giá trị bất thường (lệch quá 3 độ lệch chuẩn so với trung bình của chính đơn vị).",
        "Finds negative values, numerators above their denominators and outliers (over 3 standard deviations from the unit's own mean).");

    public static readonly IReadOnlyList<DashboardJob> All = [Recompute, Completeness, DataQuality];

    public static DashboardJob? Find(string key) => All.FirstOrDefault(j => j.Key == key);
}
