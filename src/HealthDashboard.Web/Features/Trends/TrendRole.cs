namespace HealthDashboard.Web.Features.Trends;

/// <summary>How a line is drawn: the unit bold, its parent dashed, its peers (same-kind siblings) thin and grey, picked units in colours.</summary>
public enum TrendRole
{
    Unit = 1,
    Parent = 2,
    Peer = 3,

    /// <summary>A unit picked by name to compare with: a line of its own colour, named in the legend.</summary>
    Picked = 4,
}
