using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Web.Features.Rankings;

/// <summary>A unit's children ranked for one year, best first, the ones without data last; read from one snapshot version.</summary>
public sealed record RankingView(
    Indicator Indicator,
    OrgUnit Unit,
    IReadOnlyList<OrgUnit> Ancestors,
    int Year,
    IReadOnlyList<RankingRow> Rows,
    Target? Target,
    long SnapshotVersion,
    DateTimeOffset ComputedAt)
{
    public IEnumerable<string> UnitCodes => Rows.Select(r => r.Unit.Code).Prepend(Unit.Code);
}
