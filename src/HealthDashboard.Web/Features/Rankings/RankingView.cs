using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

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
    /// <summary>For a year whose reports are not all due, the last month its figures count (the last whose are); otherwise null.</summary>
    public Period? Through { get; init; }

    /// <summary>"Năm 2026, đến Tháng 10/2026", or "Năm 2025".</summary>
    public string PeriodLabel => PeriodFormatter.YearThrough(Year, Through, System.Globalization.CultureInfo.CurrentCulture);

    public IEnumerable<string> UnitCodes => Rows.Select(r => r.Unit.Code).Prepend(Unit.Code);
}
