using System.Security.Claims;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Jobs;
using HealthDashboard.Web.Realtime;

namespace HealthDashboard.Web.Features.DataEntry;

/// <summary>The stations a person may report for, each with its last months' completion read from the live snapshot.</summary>
public sealed class ReportListService(OrgUnitCache units, SnapshotHolder snapshots, ReportingClock reporting)
{
    public const int MonthsShown = 4;

    public async Task<IReadOnlyList<ReportListRow>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var tree = await units.TreeAsync(cancellationToken);
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var today = reporting.Today;
        var months = Enumerable.Range(0, MonthsShown).Select(i => Period.MonthOf(today.AddMonths(-i))).ToList();
        return tree.All
            .Where(u => u.Kind == OrgUnitKind.HealthStation && UnitScope.CanWrite(user, tree, u.Code))
            .Select(station =>
            {
                var commune = station.ParentId is { } c ? tree.Find(c) : null;
                var district = commune?.ParentId is { } d ? tree.Find(d) : null;
                var at = snapshot.Units.IndexOf(station.Id);
                var status = months.Select(m => (m, at < 0 || m.End >= today ? null : Done(snapshot.ElementValue("REPORT_DONE", at, m)))).ToList();
                return new ReportListRow(station, commune, district, status);
            })
            .OrderBy(r => r.District?.Code).ThenBy(r => r.Station.Code)
            .ToList();
    }

    private static bool? Done(double? value) => value is null ? false : value > 0;
}
