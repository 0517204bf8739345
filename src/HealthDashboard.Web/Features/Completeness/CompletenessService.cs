using HealthDashboard.Data.DataValues;
using HealthDashboard.Data.Db;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Reporting;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Jobs;
using HealthDashboard.Web.Realtime;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Features.Completeness;

/// <summary>
/// Reads a unit's reporting from the shared snapshot (REPORT_DUE, REPORT_DONE, REPORT_ON_TIME at each station of its
/// subtree), so the table agrees with the completeness and timeliness indicators the maps colour by. How late a late
/// report came is read from when its completion was written, which the snapshot does not hold.
/// </summary>
public sealed class CompletenessService(OrgUnitCache units, SnapshotHolder snapshots, Database database, IOptions<JobsOptions> options, ReportingClock reporting)
{
    /// <summary>How many months back the picker offers.</summary>
    public const int MonthsOffered = 24;

    /// <summary>The kinds of unit whose page shows the section: the ones officers follow reporting for.</summary>
    public static bool Shows(OrgUnitKind kind) => kind is OrgUnitKind.Province or OrgUnitKind.District or OrgUnitKind.Commune;

    public DateOnly Today => reporting.Today;

    /// <summary>The month shown by default: the last one whose deadline has passed.</summary>
    public Period DefaultMonth => reporting.Calendar.LastDueMonth;

    public async Task<CompletenessView?> LoadAsync(string unitCode, Period? month, CancellationToken cancellationToken = default)
    {
        var tree = await units.TreeAsync(cancellationToken);
        if (tree.Find(unitCode) is not { } unit)
        {
            return null;
        }

        var snapshot = await snapshots.GetAsync(cancellationToken);
        var today = Today;
        var lastEnded = Period.MonthOf(today).Previous();
        var shown = month is { Type: PeriodType.Month } m && m.CompareTo(lastEnded) <= 0 ? m : DefaultMonth;
        var deadline = ReportDeadline.LastDayOf(shown, options.Value.ReportingDeadlineDay);
        var daysPast = Math.Max(0, today.DayNumber - deadline.DayNumber);
        var (due, done, onTime) = (0, 0, 0);
        var missing = new List<CompletenessRow>();
        var notOnTime = new List<(OrgUnit Station, OrgUnit? District)>();
        foreach (var station in tree.SubtreeOf(unit).Where(u => u.Kind == OrgUnitKind.HealthStation).OrderBy(u => u.Path, StringComparer.Ordinal))
        {
            var at = snapshot.Units.IndexOf(station.Id);
            if (at < 0 || snapshot.ElementValue("REPORT_DUE", at, shown) is not > 0)
            {
                continue;
            }

            var district = tree.AncestorsOf(station).FirstOrDefault(a => a.Kind == OrgUnitKind.District);
            due++;
            if (snapshot.ElementValue("REPORT_DONE", at, shown) is not > 0)
            {
                missing.Add(new CompletenessRow(station, district, false, deadline, daysPast));
                continue;
            }

            done++;
            if (snapshot.ElementValue("REPORT_ON_TIME", at, shown) is > 0)
            {
                onTime++;
            }
            else
            {
                notOnTime.Add((station, district));
            }
        }

        var late = await LateRowsAsync(notOnTime, shown, deadline, cancellationToken);
        onTime += notOnTime.Count - late.Count;

        var months = Enumerable.Range(0, MonthsOffered).Select(i => Back(lastEnded, i)).ToList();
        return new CompletenessView(unit, shown, deadline, due, done, onTime, missing, late, months, snapshot.Version);
    }

    /// <summary>
    /// The reports not flagged on time, with the days between the deadline and their completion. One completed by the
    /// deadline is on time whatever its flag says (a value posted without REPORT_ON_TIME): it is never listed late.
    /// </summary>
    private async Task<List<CompletenessRow>> LateRowsAsync(List<(OrgUnit Station, OrgUnit? District)> stations, Period month, DateOnly deadline,
        CancellationToken cancellationToken)
    {
        var completed = await new ValueTimeReader(database).ReadAsync("REPORT_DONE", month.ToString(), stations.Select(s => s.Station.Id).ToList(), cancellationToken);
        var zone = options.Value.FindZone();
        var rows = new List<CompletenessRow>();
        foreach (var (station, district) in stations)
        {
            var day = completed.TryGetValue(station.Id, out var at) ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(at, zone)) : Today;
            if (day > deadline)
            {
                rows.Add(new CompletenessRow(station, district, true, deadline, day.DayNumber - deadline.DayNumber));
            }
        }

        return rows;
    }

    private static Period Back(Period month, int steps)
    {
        for (var i = 0; i < steps; i++)
        {
            month = month.Previous();
        }

        return month;
    }
}
