using HealthDashboard.Domain.Status;
using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Status;

/// <summary>The engine's five target statuses in the glossary's words, with a CSS name and an icon each (never colour alone).</summary>
public static class PlanStatusText
{
    public static string Name(TargetStatus status) => status switch
    {
        TargetStatus.Achieved => Pick("Đạt", "Achieved"),
        TargetStatus.OnTrack => Pick("Đúng tiến độ", "On track"),
        TargetStatus.AtRisk => Pick("Có nguy cơ không đạt", "At risk"),
        TargetStatus.OffTrack => Pick("Chậm tiến độ", "Off track"),
        _ => Pick("Chưa có dữ liệu", "No data"),
    };

    /// <summary>The order tiles are counted and legends are listed in: best first.</summary>
    public static readonly TargetStatus[] Ordered = [TargetStatus.Achieved, TargetStatus.OnTrack, TargetStatus.AtRisk, TargetStatus.OffTrack, TargetStatus.NoData];

    public static string Css(TargetStatus status) => status switch
    {
        TargetStatus.Achieved => "achieved",
        TargetStatus.OnTrack => "on-track",
        TargetStatus.AtRisk => "at-risk",
        TargetStatus.OffTrack => "off-track",
        _ => "no-data",
    };

    /// <summary>Material icon names, as Radzen's icon font has them; written as ligature text on the wall.</summary>
    public static string Icon(TargetStatus status) => status switch
    {
        TargetStatus.Achieved => "check_circle",
        TargetStatus.OnTrack => "trending_up",
        TargetStatus.AtRisk => "warning",
        TargetStatus.OffTrack => "cancel",
        _ => "help",
    };
}
