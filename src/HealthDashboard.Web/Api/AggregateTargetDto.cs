using HealthDashboard.Domain.Catalog;

namespace HealthDashboard.Web.Api;

/// <summary>The plan target a status was judged against, as <c>GET /api/aggregates</c> writes it.</summary>
public sealed record AggregateTargetDto(string Plan, int Year, string Comparator, double Value)
{
    public static AggregateTargetDto? From(Target? target) =>
        target is null ? null : new(target.PlanCode, target.Year, ComparatorSymbols.ToSymbol(target.Comparator), target.Value);
}
