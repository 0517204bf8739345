namespace HealthDashboard.Web.Features.Overview;

/// <summary>Where an indicator's latest value stands against the target that applies to the unit.</summary>
public enum TileStatus
{
    Achieved = 1,
    NotMet = 2,
    NoData = 3,

    /// <summary>A value, but no plan sets a target for this unit or its ancestors.</summary>
    NoTarget = 4,
}
