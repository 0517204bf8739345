namespace HealthDashboard.Domain.Catalog;

/// <summary>A plan document that sets targets (a province's plan for Resolution 20, a district's annual plan…).</summary>
public sealed record Plan
{
    public long Id { get; init; }
    public required string Code { get; init; }
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }

    /// <summary>The area the plan covers; null when the plan names none (D25-2030).</summary>
    public string? OrgUnitCode { get; init; }

    public string? SeedFile { get; init; }

    public string Name(bool vietnamese) => vietnamese ? NameVi : NameEn;
}
