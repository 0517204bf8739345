using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Web.Features.ViewQueries;

/// <summary>What a trends or rankings link asks to see, once every part of its query string is known to be valid.</summary>
public sealed record ViewQuery(Indicator Indicator, OrgUnit Unit, PeriodType PeriodType, int Year);
