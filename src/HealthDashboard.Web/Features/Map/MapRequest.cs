using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Web.Features.Map;

/// <summary>A map the query string asked for, checked against the catalog and the tree, with defaults filled in.</summary>
public sealed record MapRequest(Indicator Indicator, OrgUnit Unit, MapLevel Level, int Year, int FirstYear, int LastYear);
