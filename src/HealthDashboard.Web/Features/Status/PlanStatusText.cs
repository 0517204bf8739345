using HealthDashboard.Domain.Status;
using MudBlazor;
using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Status;

/// <summary>The engine's seven target statuses in the glossary's words, with a CSS name and an icon each (never colour alone).</summary>
public static class PlanStatusText
{
    public static string Name(TargetStatus status) => status switch
    {
        TargetStatus.Achieved => Pick("Đạt", "Achieved"),
        TargetStatus.OnTrack => Pick("Đúng tiến độ", "On track"),
        TargetStatus.AtRisk => Pick("Có nguy cơ không đạt", "At risk"),
        TargetStatus.OffTrack => Pick("Chậm tiến độ", "Off track"),
        TargetStatus.NotAchieved => Pick("Không đạt", "Not achieved"),
        TargetStatus.NotEnoughData => Pick("Chưa đủ số liệu để kết luận", "Not enough data to judge"),
        _ => Pick("Chưa có dữ liệu", "No data"),
    };

    /// <summary>The order tiles are counted and legends are listed in: best first.</summary>
    public static readonly TargetStatus[] Ordered = [TargetStatus.Achieved, TargetStatus.OnTrack, TargetStatus.AtRisk, TargetStatus.OffTrack, TargetStatus.NotAchieved, TargetStatus.NotEnoughData, TargetStatus.NoData];

    public static string Css(TargetStatus status) => status switch
    {
        TargetStatus.Achieved => "achieved",
        TargetStatus.OnTrack => "on-track",
        TargetStatus.AtRisk => "at-risk",
        TargetStatus.OffTrack => "off-track",
        TargetStatus.NotAchieved => "not-achieved",
        TargetStatus.NotEnoughData => "not-enough-data",
        _ => "no-data",
    };

    /// <summary>MudBlazor's Material icons (SVG path markup): <c>MudIcon</c> draws them on pages, <see cref="Svg"/> on the wall.</summary>
    public static string Icon(TargetStatus status) => status switch
    {
        TargetStatus.Achieved => Icons.Material.Filled.CheckCircle,
        TargetStatus.OnTrack => Icons.Material.Filled.TrendingUp,
        TargetStatus.AtRisk => Icons.Material.Filled.Warning,
        // Behind a target still ahead; a target whose year has come and was missed is the cross.
        TargetStatus.OffTrack => Icons.Material.Filled.TrendingDown,
        TargetStatus.NotAchieved => Icons.Material.Filled.Cancel,
        // Scales: the value could fall either side of what it is judged against.
        TargetStatus.NotEnoughData => Icons.Material.Filled.Balance,
        _ => Icons.Material.Filled.Help,
    };

    /// <summary>The status icon as an inline SVG element, for markup written as one string (the wall's KPI tiles).</summary>
    public static string Svg(TargetStatus status, string cssClass) =>
        $"<svg class=\"{cssClass}\" viewBox=\"0 0 24 24\" fill=\"currentColor\" aria-hidden=\"true\">{Icon(status)}</svg>";
}
