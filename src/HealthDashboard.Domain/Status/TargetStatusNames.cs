namespace HealthDashboard.Domain.Status;

/// <summary>The status as the API and hub write it: achieved, on_track, at_risk, off_track, no_data.</summary>
public static class TargetStatusNames
{
    public static string Of(TargetStatus status) => status switch
    {
        TargetStatus.Achieved => "achieved",
        TargetStatus.OnTrack => "on_track",
        TargetStatus.AtRisk => "at_risk",
        TargetStatus.OffTrack => "off_track",
        _ => "no_data",
    };
}
