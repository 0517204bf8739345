using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Web.Features.Overview;

/// <summary>What one indicator's tile shows: the latest value, the target that applies, and how the two compare.</summary>
public sealed record IndicatorTile(
    Indicator Indicator,
    IndicatorResult Latest,
    int? Year,
    Period? ThroughMonth,
    Target? Target,
    TileStatus Status,
    IReadOnlyList<YearValue> Series)
{
    public bool IsYearToDate => ThroughMonth is not null;
}
