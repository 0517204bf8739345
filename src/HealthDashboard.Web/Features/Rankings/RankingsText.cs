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
    public string SmallDenominator => Pick("Mẫu số nhỏ, cần thận trọng", "Small denominator, interpret with care");
    public string BetterHigher => Pick("Cao hơn là tốt hơn", "Higher is better");
    public string BetterLower => Pick("Thấp hơn là tốt hơn", "Lower is better");
    public string HatchedNote => Pick(
        "Thanh gạch chéo: mẫu số nhỏ, cần thận trọng — kèm tử số/mẫu số và khoảng tin cậy 95%.",
        "Hatched bars: small denominator, interpret with care — shown with the counts and the 95% interval.");
    public string Interval => Pick("KTC 95%", "95% CI");
    public string OrgUnit => Pick("Đơn vị", "Org unit");
    public string Value => Pick("Giá trị", "Value");
    public string Status => Pick("Tình trạng", "Status");
    public string FindUnit => Pick("Tìm đơn vị trong bảng", "Find a unit in the table");
    public string JudgedAgainst => Pick("So với", "Judged against");
    public string NoUnitMatches => Pick("Không có đơn vị nào khớp", "No unit matches");
    public string YearToDate => Pick("Năm chưa kết thúc: số liệu lũy kế từ đầu năm.", "The year is not over: figures are year to date.");
    public string ChartLabel(string indicator, string unit, int year) => Pick($"Xếp hạng {indicator} các đơn vị thuộc {unit}, năm {year}", $"Ranking of {indicator} under {unit}, {year}");

    /// <summary>The engine's statuses; a value with no plan target is "no target", not "no data".</summary>
    public string StatusName(TargetStatus status, bool hasValue) =>
        status != TargetStatus.NoData || !hasValue ? PlanStatusText.Name(status) : Pick("Chưa có mục tiêu", "No target");
}
