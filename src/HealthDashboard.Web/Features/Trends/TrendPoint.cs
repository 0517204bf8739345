using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Web.Features.Trends;

/// <summary>The indicator for one period of a line, with its counts so a small denominator can be shown as such.</summary>
public sealed record TrendPoint(Period Period, IndicatorResult Result);
