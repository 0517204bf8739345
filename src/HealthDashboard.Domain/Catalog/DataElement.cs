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

    /// <summary>The lowest level where the raw data exists: commune, district, facility or province.</summary>
    public string Level { get; init; } = "commune";

    public string Name(bool vietnamese) => vietnamese ? NameVi : NameEn;
}
