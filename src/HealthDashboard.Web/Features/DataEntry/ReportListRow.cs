using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Web.Features.DataEntry;

/// <summary>A station in the report list, with whether each recent month's report is complete (null: not due or unknown).</summary>
public sealed record ReportListRow(OrgUnit Station, OrgUnit? Commune, OrgUnit? District, IReadOnlyList<(Period Month, bool? Done)> Months);
