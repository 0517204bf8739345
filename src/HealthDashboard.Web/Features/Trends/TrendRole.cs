namespace HealthDashboard.Web.Features.Trends;

/// <summary>How a line is drawn: the unit bold, its parent dashed, its peers (same-kind siblings) thin and grey.</summary>
public enum TrendRole
{
    Unit = 1,
    Parent = 2,
    Peer = 3,
}
