using HealthDashboard.Domain.Catalog;

namespace HealthDashboard.Web.Features.Trends;

/// <summary>
/// One leg of a plan's roadmap (lộ trình): from its baseline (a declared "=" row, or the value actually reached in the
/// previous target year) in a straight line to a target. A target with no baseline has no line, only its point.
/// </summary>
public sealed record TargetPathSegment(int? FromYear, double? FromValue, bool FromActual, Target Goal);
