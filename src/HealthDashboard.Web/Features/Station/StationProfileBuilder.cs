using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.Units;

namespace HealthDashboard.Web.Features.Station;

/// <summary>
/// Reads a station's profile from the snapshot: each figure is the latest one the station reported (staff are monthly
/// stocks, criteria and services yearly, medicines quarterly), looked for back to <c>firstYear</c>. Reports received
/// counts the twelve months before the snapshot's month (that month is still being reported) whose report the station
/// marked complete (REPORT_DONE above 0): values saved without completing the report are not a report.
/// </summary>
public sealed class StationProfileBuilder(AggregateSnapshot snapshot, OrgUnitTree tree, int firstYear)
{
    /// <summary>The station of a commune (its one TYT), or the station itself; null for any other unit.</summary>
    public OrgUnit? StationOf(OrgUnit unit) => tree.StationOf(unit);

    public StationProfile? Build(OrgUnit unit)
    {
        if (StationOf(unit) is not { } station)
        {
            return null;
        }

        var at = snapshot.Units.IndexOf(station.Id);
        var figures = new List<StationFigure>
        {
            Latest("DOCTORS", StationFigureKind.Count, at),
            Latest("NURSES", StationFigureKind.Count, at),
            Latest("STATION_MIDWIFE", StationFigureKind.YesNo, at),
            Latest("STATION_PHARMACY", StationFigureKind.YesNo, at),
            Latest("STATION_TRAD_MED", StationFigureKind.YesNo, at),
            Latest("COMMUNE_CRIT_MET", StationFigureKind.YesNo, at),
            Share("TECH_SERVICES_CHS", at),
            Latest("STATION_NCD", StationFigureKind.YesNo, at),
            Share("ESSENTIAL_DRUGS_CHS", at),
        };
        return new StationProfile(station, figures, Reporting(at));
    }

    private StationFigure Latest(string element, StationFigureKind kind, int unit)
    {
        var type = snapshot.Catalog.Element(element)?.PeriodType ?? PeriodType.Month;
        foreach (var period in Backwards(type))
        {
            if (snapshot.ElementValue(element, unit, period) is { } value)
            {
                return new StationFigure(element, kind, value, period);
            }
        }

        return new StationFigure(element, kind, null, null);
    }

    private StationFigure Share(string indicatorCode, int unit)
    {
        if (snapshot.Indicator(indicatorCode) is not { } indicator)
        {
            return new StationFigure(indicatorCode, StationFigureKind.Share, null, null);
        }

        var type = indicator.ElementCodes.Select(c => snapshot.Catalog.Element(c)?.PeriodType ?? PeriodType.Year).Min();
        foreach (var period in Backwards(type))
        {
            if (snapshot.Value(indicator, unit, period) is { Value: { } value } result)
            {
                return new StationFigure(indicatorCode, StationFigureKind.Share, value, period, result.Numerator, result.Denominator);
            }
        }

        return new StationFigure(indicatorCode, StationFigureKind.Share, null, null);
    }

    private StationReporting Reporting(int unit)
    {
        var to = snapshot.AsOf.Previous();
        var months = Enumerable.Range(0, 12).Select(i => Enumerable.Range(0, i).Aggregate(to, (p, _) => p.Previous())).Reverse().ToList();
        var missed = months.Where(m => snapshot.ElementValue("REPORT_DONE", unit, m) is not > 0).ToList();
        return new StationReporting(months[0], to, months.Count - missed.Count, missed);
    }

    private IEnumerable<Period> Backwards(PeriodType type)
    {
        for (var p = snapshot.AsOf.ContainingOf(type); p.Year >= firstYear; p = p.Previous())
        {
            yield return p;
        }
    }
}
