using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Web.Features.Completeness;

/// <summary>
/// One unit's reporting for one month, read from the live snapshot: reports due, done and on time in its subtree, the
/// stations that have not reported and those that reported late, and the months one may pick.
/// </summary>
public sealed record CompletenessView(
    OrgUnit Unit, Period Month, DateOnly Deadline, int Due, int Done, int OnTime,
    IReadOnlyList<CompletenessRow> NotReported, IReadOnlyList<CompletenessRow> Late, IReadOnlyList<Period> Months, long Version)
{
    public double? Completeness => Due > 0 ? 100.0 * Done / Due : null;

    public double? Timeliness => Due > 0 ? 100.0 * OnTime / Due : null;
}
