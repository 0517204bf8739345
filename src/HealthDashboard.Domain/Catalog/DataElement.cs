using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Catalog;

/// <summary>A raw quantity that a unit reports, e.g. live births, population, "station has a doctor" (0/1).</summary>
public sealed record DataElement
{
    public long Id { get; init; }
    public required string Code { get; init; }
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }
    public ElementValueType ValueType { get; init; }
    public AggregationType Aggregation { get; init; }

    /// <summary>How often it is reported: a yearly element has no monthly values.</summary>
    public PeriodType PeriodType { get; init; }

    /// <summary>
    /// The kinds of unit a value is reported at (a station's visits, a district health centre's beds, a province's
    /// life expectancy): a value anywhere else would be added into its parents' totals as if it were a station's.
    /// </summary>
    public OrgUnitKindSet ReportedAt { get; init; } = OrgUnitKindSet.Of(OrgUnitKind.HealthStation);

    /// <summary>The plausible values (see <see cref="ValueRange"/>).</summary>
    public ValueRange Range { get; init; } = ValueRange.Unbounded;

    public bool IsReportedAt(OrgUnitKind kind) => ReportedAt.Contains(kind);

    public string Name(bool vietnamese) => vietnamese ? NameVi : NameEn;
}
