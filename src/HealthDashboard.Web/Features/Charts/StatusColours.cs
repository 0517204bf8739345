using HealthDashboard.Domain.Status;

namespace HealthDashboard.Web.Features.Charts;

/// <summary>The status hues of bars and chips (Okabe–Ito); the status is always written in words beside them too.</summary>
public static class StatusColours
{
    public static string Of(TargetStatus status) => status switch
    {
        TargetStatus.Achieved => "#0072B2",
        TargetStatus.OnTrack => "#009E73",
        TargetStatus.AtRisk => "#E69F00",
        TargetStatus.OffTrack => "#D55E00",
        // The same vermillion, darker: missed for good rather than behind.
        TargetStatus.NotAchieved => "#9C3500",
        // A pale grey-blue, between no data and a judged value: drawn with the unstable values' hatching or edge.
        TargetStatus.NotEnoughData => "#B8C0CC",
        _ => "#8C8C8C",
    };
}
