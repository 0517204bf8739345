namespace HealthDashboard.Domain.Catalog;

/// <summary>One data element in a numerator or denominator, added (+1) or subtracted (−1): births − deaths.</summary>
public sealed record Term(string ElementCode, int Sign);
