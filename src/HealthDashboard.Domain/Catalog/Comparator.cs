namespace HealthDashboard.Domain.Catalog;

/// <summary>How a target compares: ≥, >, ≤, &lt;, = (a baseline) or ~ (about: within ±0.5 counts as met).</summary>
public enum Comparator
{
    AtLeast = 1,
    MoreThan = 2,
    AtMost = 3,
    LessThan = 4,
    Baseline = 5,
    About = 6,
}
