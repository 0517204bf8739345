namespace HealthDashboard.Web.Realtime.Hub;

/// <summary>
/// The SignalR group of one (indicator, org unit): codes are matched case-insensitively everywhere else in the app,
/// so "hi_cov"/"ag" and "HI_COV"/"AG" must land in the same group.
/// </summary>
public static class HubGroups
{
    public static string Of(string indicator, string orgUnit) =>
        indicator.Trim().ToUpperInvariant() + "|" + orgUnit.Trim().ToUpperInvariant();
}
