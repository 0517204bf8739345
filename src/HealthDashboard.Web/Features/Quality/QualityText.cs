using System.Globalization;
using HealthDashboard.Data.Jobs;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Quality;
using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Quality;

/// <summary>The data-quality page's words in Vietnamese and English.</summary>
public sealed class QualityText
{
    public string Title => Pick("Chất lượng dữ liệu", "Data quality");
    public string Intro => Pick(
        "Các giá trị đã lưu vi phạm quy tắc phần ≤ tổng của biểu mẫu, bị âm hoặc bất thường so với chuỗi tháng của chính đơn vị. Việc kiểm tra chạy mỗi đêm; ghi chú xử lý được giữ qua các lần kiểm tra, trừ khi giá trị đã đổi.",
        "Stored values that break the form's part ≤ whole rules, are negative, or stand out from the unit's own monthly series. The checks run nightly; a follow-up is kept across runs unless the value changed.");
    public string Unit => Pick("Đơn vị (gồm cấp dưới)", "Unit (with its subtree)");
    public string UnitColumn => Pick("Đơn vị", "Unit");
    public string Rule => Pick("Quy tắc", "Rule");
    public string AnyRule => Pick("— Tất cả —", "— Any —");
    public string FromMonth => Pick("Từ tháng", "From month");
    public string ToMonth => Pick("Đến tháng", "To month");
    public string Status => Pick("Trạng thái", "Status");
    public string Open => Pick("Chưa xử lý", "Open");
    public string Resolved => Pick("Đã xử lý", "Resolved");
    public string All => Pick("Tất cả", "All");
    public string Filter => Pick("Lọc", "Filter");
    public string Clear => Pick("Xóa điều kiện", "Clear");
    public string BadFilter => Pick("Chưa lọc: hãy sửa các lỗi dưới đây.", "Not filtered: please fix what is listed below.");
    public string Period => Pick("Kỳ", "Period");
    public string Values => Pick("Giá trị", "Values");
    public string Action => Pick("Xử lý", "Follow-up");
    public string Note => Pick("Ghi chú", "Note");
    public string NotePlaceholder => Pick("Đã xử lý thế nào (bắt buộc)", "How it was followed up (required)");
    public string MarkResolved => Pick("Đánh dấu đã xử lý", "Mark resolved");
    public string OpenReport => Pick("Mở báo cáo", "Open report");
    public string OutsideScope => Pick("Đơn vị này không thuộc đơn vị của bạn: bạn chỉ xem được các giá trị của đơn vị mình và cấp dưới.",
        "That unit is outside yours: you see the values of your own unit and those below it.");
    public string None => Pick("Không có phát hiện nào khớp.", "No finding matches.");
    public string NotChecked => Pick("Chưa có lần kiểm tra toàn bộ nào; chỉ các giá trị lưu gần đây được kiểm tra. Danh sách trống không có nghĩa là số liệu không có vấn đề.",
        "The full checks have never run; only recently saved values are checked. An empty list does not mean the data has no problems.");
    public string LastChecked(string at) => Pick($"Kiểm tra toàn bộ gần nhất: {at}. Giá trị lưu sau đó được kiểm tra ngay khi lưu.",
        $"Last full check: {at}. Values saved since are checked as they are saved.");
    public string LastFailed(string at, string? lastGood) => Pick(
        $"Lần kiểm tra gần nhất ({at}) không hoàn thành. " + (lastGood is null ? "Chưa có lần nào hoàn thành." : $"Lần hoàn thành gần nhất: {lastGood}."),
        $"The latest check ({at}) did not finish. " + (lastGood is null ? "None has finished yet." : $"Last finished: {lastGood}."));
    public string CheckRunning(string at) => Pick($"Đang kiểm tra (bắt đầu {at}); danh sách sẽ cập nhật khi xong.", $"Checking now (started {at}); the list updates when it is done.");
    public string RunChecks => Pick("Chạy kiểm tra", "Run the checks");
    public string NoScope => Pick("Tài khoản của bạn chưa được gán đơn vị, nên không có số liệu để xem.", "Your account has no unit, so there is nothing to show.");
    public string Previous => Pick("‹ Trang trước", "‹ Previous");
    public string Next => Pick("Trang sau ›", "Next ›");
    public string PageOf(int page, long first, long last, long total) =>
        Pick($"Trang {page} · dòng {first}–{last} trong {total}", $"Page {page} · rows {first}–{last} of {total}");

    public static string CheckName(string check) => check switch
    {
        DataQualityCheck.Negative => Pick("Giá trị âm", "Negative value"),
        DataQualityCheck.Outlier => Pick("Giá trị bất thường", "Outlier"),
        DataQualityCheck.PairRule => Pick("Quy tắc phần ≤ tổng", "Part ≤ whole rule"),
        DataQualityCheck.Ratio => Pick("Tử số vượt mẫu số", "Numerator above denominator"),
        _ => check,
    };

    /// <summary>The rule a finding broke, by its own name where it has one.</summary>
    public static string RuleName(DataQualityFinding finding, IndicatorCatalog catalog) => finding.CheckCode switch
    {
        DataQualityCheck.PairRule when PairRules.All.FirstOrDefault(r => r.Code == finding.RuleCode) is { } rule => rule.Name(IsVietnamese),
        DataQualityCheck.Ratio when catalog.Indicator(finding.RuleCode ?? "") is { } indicator =>
            Pick($"Tử số không được lớn hơn mẫu số: {indicator.NameVi}", $"Numerator cannot exceed denominator: {indicator.NameEn}"),
        DataQualityCheck.Outlier => Pick(
            $"Giá trị bất thường so với chuỗi tháng của đơn vị (|z| > {RobustZScore.OutlierThreshold.ToString(CultureInfo.CurrentCulture)})",
            $"Outlier against the unit's monthly series (|z| > {RobustZScore.OutlierThreshold.ToString(CultureInfo.CurrentCulture)})"),
        DataQualityCheck.Negative => Pick("Giá trị không được âm", "A value cannot be negative"),
        _ => finding.RuleCode ?? finding.CheckCode,
    };

    public static string Median => Pick("trung vị", "median");
}
