using HealthDashboard.Domain.Status;
using HealthDashboard.Web.Features.Status;
using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Rankings;

/// <summary>The rankings page's words (spec/glossary.md: the five target statuses).</summary>
public sealed class RankingsText
{
    public string Title => Pick("Xếp hạng", "Rankings");
    public string Year => Pick("Năm", "Year");
    public string Target => Pick("Mục tiêu", "Target");
    public string NoChildren => Pick("Đơn vị này không có đơn vị trực thuộc để xếp hạng.", "This unit has no units under it to rank.");
    public string NoDataList => Pick("Chưa có dữ liệu", "No data");
    public string Unstable => Pick("Số nhỏ, không ổn định", "Few events: unstable");
    public string BetterHigher => Pick("Cao hơn là tốt hơn", "Higher is better");
    public string BetterLower => Pick("Thấp hơn là tốt hơn", "Lower is better");
    public string HatchedNote(int count) => Pick(
        $"{count} đơn vị số nhỏ (thanh gạch chéo, dưới {Domain.Aggregation.Stability.MinEvents} ca hoặc mẫu số nhỏ): kèm tử số/mẫu số và khoảng tin cậy 95% (vạch sai số); đơn vị có khoảng tin cậy chứa mục tiêu là “chưa đủ số liệu để kết luận”.",
        $"{count} units with few events (hatched bars, under {Domain.Aggregation.Stability.MinEvents} events or a small denominator): shown with the counts and the 95% interval (error bar); where the interval holds the target the status is “not enough data to judge”.");
    public string Interval => Pick("KTC 95%", "95% CI");
    public string OrgUnit => Pick("Đơn vị", "Org unit");
    public string Value => Pick("Giá trị", "Value");
    public string Status => Pick("Tình trạng", "Status");
    public string FindUnit => Pick("Tìm đơn vị trong bảng", "Find a unit in the table");
    public string JudgedAgainst => Pick("So với", "Judged against");
    public string NoUnitMatches => Pick("Không có đơn vị nào khớp", "No unit matches");
    public string YearToDate => Pick("Năm chưa hết hạn báo cáo: số liệu lũy kế từ đầu năm đến tháng cuối cùng đã hết hạn báo cáo.",
        "The year's reports are not all due: figures are year to date, through the last month whose reports are.");
    public string ChartLabel(string indicator, string unit, string period) => Pick($"Xếp hạng {indicator} các đơn vị thuộc {unit}, {period}", $"Ranking of {indicator} under {unit}, {period}");

    /// <summary>The engine's statuses; a value with no plan target is "no target", not "no data".</summary>
    public string StatusName(TargetStatus status, bool hasValue) =>
        status != TargetStatus.NoData || !hasValue ? PlanStatusText.Name(status) : Pick("Chưa có mục tiêu", "No target");
}
