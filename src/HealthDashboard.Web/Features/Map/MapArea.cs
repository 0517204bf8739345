using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Status;

namespace HealthDashboard.Web.Features.Map;

/// <summary>One coloured area of a map: its unit, its figure for the year and where that stands against the target.</summary>
public sealed record MapArea(OrgUnit Unit, IndicatorResult Result, StatusAssessment Status);
