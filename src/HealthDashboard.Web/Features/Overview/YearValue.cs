namespace HealthDashboard.Web.Features.Overview;

/// <summary>One point of a tile's yearly trend.</summary>
public readonly record struct YearValue(int Year, double Value);
