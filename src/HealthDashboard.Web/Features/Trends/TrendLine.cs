using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Web.Features.Trends;

/// <summary>One unit's series on the trend chart (periods without data are left out).</summary>
public sealed record TrendLine(OrgUnit Unit, TrendRole Role, IReadOnlyList<TrendPoint> Points);
