namespace HealthDashboard.Domain.Status;

/// <summary>The status as the API and hub write it: achieved, on_track, at_risk, off_track, not_achieved, not_enough_data, no_data.</summary>
public static class TargetStatusNames
{
    public static string Of(TargetStatus status) => status switch
    {
        TargetStatus.Achieved => "achieved",
        TargetStatus.OnTrack => "on_track",
        TargetStatus.AtRisk => "at_risk",
        TargetStatus.OffTrack => "off_track",
        TargetStatus.NotAchieved => "not_achieved",
        TargetStatus.NotEnoughData => "not_enough_data",
        _ => "no_data",
    };

    /// <summary>The status an API name stands for; false for any other text.</summary>
    public static bool TryParse(string? name, out TargetStatus status)
    {
        status = Enum.GetValues<TargetStatus>().FirstOrDefault(s => Of(s) == name);
        return status != TargetStatus.NoData || name == Of(TargetStatus.NoData);
    }
}
