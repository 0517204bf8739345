namespace HealthDashboard.Domain.Quality;

/// <summary>
/// A rule between two elements of the same unit and period: the part may not exceed the whole (fully immunised ≤
/// children under 1). The entry form checks it before saving; the data-quality job checks it on stored data.
/// </summary>
public sealed record PairRule(string Code, string PartElement, string WholeElement, string NameVi, string NameEn)
{
    /// <summary>Whether the pair holds; a rule with either value missing cannot be broken.</summary>
    public bool Holds(double? part, double? whole) => part is not { } p || whole is not { } w || p <= w;

    public string Name(bool vietnamese) => vietnamese ? NameVi : NameEn;
}
