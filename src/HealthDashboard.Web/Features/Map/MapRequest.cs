using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Web.Features.Map;

/// <summary>A map the query string asked for, checked against the catalog and the tree, with defaults filled in.</summary>
public sealed record MapRequest(Indicator Indicator, OrgUnit Unit, MapLevel Level, int Year, int FirstYear, int LastYear)
{
    /// <summary>A month to show instead of the year (monthly figures such as reporting completeness); null for the year.</summary>
    public Period? Month { get; init; }

    /// <summary>The period the figures are of.</summary>
    public Period Period => Month ?? Period.OfYear(Year);
}
