using HealthDashboard.Domain.Periods;
using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Trends;

/// <summary>The trends page's words (spec/glossary.md).</summary>
public sealed class TrendsText
{
    public string Title => Pick("Xu hướng", "Trends");
    public string Indicator => Pick("Chỉ tiêu", "Indicator");
    public string PeriodType => Pick("Theo", "By");
    public string Month => Pick("Tháng", "Month");
    public string Quarter => Pick("Quý", "Quarter");
    public string Year => Pick("Năm", "Year");
    public string Roadmap => Pick("Lộ trình mục tiêu", "Target path");
    public string Target => Pick("Mục tiêu", "Target");
    public string Baseline => Pick("Mốc ban đầu", "Baseline");
    public string ActualBaseline => Pick("Giá trị đạt được (mốc)", "Value reached (baseline)");
    public string HoldsTarget => Pick("đã đạt mục tiêu: lộ trình giữ mức mục tiêu", "already meets the target: the roadmap holds the target");
    public string NoPlan => Pick("Chưa có mục tiêu cho chỉ tiêu này ở đơn vị này.", "No plan sets a target for this indicator here.");
    public string NoData => Pick("Chưa có dữ liệu", "No data");
    public string Peers => Pick("Đơn vị cùng cấp", "Peers");
    public string ChartLabel(string indicator, string unit) => Pick($"Biểu đồ xu hướng {indicator} của {unit}", $"Trend of {indicator} for {unit}");
    public string Plan(string code) => Pick($"Kế hoạch {code}", $"Plan {code}");

    public string PeriodTypeName(Domain.Periods.PeriodType type) => type switch
    {
        Domain.Periods.PeriodType.Month => Month,
        Domain.Periods.PeriodType.Quarter => Quarter,
        _ => Year,
    };

    public string RoleName(TrendRole role) => role switch
    {
        TrendRole.Unit => Pick("Đơn vị", "Unit"),
        TrendRole.Parent => Pick("Đơn vị cấp trên", "Parent"),
        TrendRole.Picked => Pick("Đơn vị chọn so sánh", "Picked unit"),
        _ => Pick("Cùng cấp", "Peer"),
    };

    public string CompareWith => Pick("So sánh với", "Compare with");
    public string FromYear => Pick("Từ năm", "From year");
    public string AllYears => Pick("Mọi năm", "All years");
    public string BadFrom(string text) => Pick($"“{text}” không phải một năm có số liệu: đang hiện mọi năm.", $"“{text}” is not a year with data: showing all years.");
    public string CompareName(string name) => name switch
    {
        "parent" => Pick("Cấp trên", "Parent"),
        "none" => Pick("Không", "None"),
        _ => Pick("Cấp trên và cùng cấp", "Parent and peers"),
    };
    public string AddUnit => Pick("Thêm đơn vị để so sánh", "Add a unit to compare");
    public string RemoveUnit(string name) => Pick($"Bỏ {name}", $"Remove {name}");
    public string UnknownPicked(IEnumerable<string> codes) => Pick(
        $"Không tìm thấy đơn vị để so sánh: {string.Join(", ", codes)}.", $"No unit to compare with has the code: {string.Join(", ", codes)}.");
    public string BadCompare(string text) => Pick(
        $"“{text}” không phải một tập so sánh (peers, parent hoặc none): đang so với cấp trên và cùng cấp.",
        $"“{text}” is not a comparison (peers, parent or none): comparing with the parent and peers.");
}
