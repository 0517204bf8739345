namespace HealthDashboard.Domain.Catalog;

/// <summary>
/// How a data element's monthly values roll up into a longer period: flows (births, visits) sum; stocks
/// (population, staff, "station has a doctor") take the last value reported in the period, as DHIS2's "last value".
/// Across org units both kinds sum.
/// </summary>
public enum AggregationType
{
    Sum = 1,
    LastValue = 2,
}
