namespace HealthDashboard.Domain.Catalog;

/// <summary>A plan's target for one indicator, unit and year (a row of targets.csv).</summary>
public sealed record Target
{
    public long Id { get; init; }
    public required string PlanCode { get; init; }

    /// <summary>The unit the target is set for; null when the plan names none.</summary>
    public string? OrgUnitCode { get; init; }

    /// <summary>The unit as the plan names it ("An Giang", "(province of the Directive 25 plan)"), kept for export.</summary>
    public required string OrgUnitLabel { get; init; }

    public required string IndicatorCode { get; init; }
    public int Year { get; init; }
    public Comparator Comparator { get; init; }
    public double Value { get; init; }
    public string? Note { get; init; }
}
