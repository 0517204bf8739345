namespace HealthDashboard.Domain.Catalog;

/// <summary>An indicator of the catalog (spec/indicators.md), computed from data elements.</summary>
public sealed record Indicator
{
    public long Id { get; init; }
    public required string Code { get; init; }
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }
    public IndicatorKind Kind { get; init; }
    public IReadOnlyList<Term> Numerator { get; init; } = [];
    public IReadOnlyList<Term> Denominator { get; init; } = [];
    public double Factor { get; init; } = 1;
    public string Unit { get; init; } = "";
    public Direction Direction { get; init; }
    public int Decimals { get; init; } = 1;

    /// <summary>A per-year rate (visits per person per year): a month's value is scaled by 12, a quarter's by 4.</summary>
    public bool Annualised { get; init; }

    /// <summary>Below this denominator the rate is flagged as resting on too few events to mean much.</summary>
    public double? MinDenominator { get; init; }

    public string Name(bool vietnamese) => vietnamese ? NameVi : NameEn;

    public IEnumerable<string> ElementCodes => Numerator.Concat(Denominator).Select(t => t.ElementCode).Distinct();
}
