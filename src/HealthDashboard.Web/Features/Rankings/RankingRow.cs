using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Status;

namespace HealthDashboard.Web.Features.Rankings;

/// <summary>One child of the ranked unit: its value for the year and the engine's target status. Rank is null without data.</summary>
public sealed record RankingRow(int? Rank, OrgUnit Unit, IndicatorResult Result, StatusAssessment Status);
