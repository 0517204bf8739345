using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Web.Features.Completeness;

/// <summary>
/// A station whose report of the month is missing or came late: its district, the last day it was on time, and how
/// many days past that it is (missing reports: up to today, 0 while the deadline has not passed; late ones: up to the
/// day the report was marked complete).
/// </summary>
public sealed record CompletenessRow(OrgUnit Station, OrgUnit? District, bool Late, DateOnly DueDate, int DaysLate);
