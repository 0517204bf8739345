using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.Tests.Aggregates;

/// <summary>
/// Random raw values for every element of the stored catalog, each in its own period type: reported by the units of
/// the element's level with gaps, some units stopping early, and a few values entered at higher units. Values are
/// integers or quarters, so sums are exact in any order.
/// </summary>
internal static class RandomValues
{
    public static List<RawValue> Create(Random random, IndicatorCatalog catalog, IReadOnlyList<OrgUnit> units, int firstYear, Period lastMonth)
    {
        var stats = catalog.Indicators.Where(i => i.Kind == IndicatorKind.Stat).SelectMany(i => i.ElementCodes).ToHashSet();
        var higher = units.Where(u => u.Kind is OrgUnitKind.Country or OrgUnitKind.Province or OrgUnitKind.District).ToList();
        var values = new Dictionary<(long, long, Period), RawValue>();
        foreach (var element in catalog.Elements)
        {
            var periods = Periods(element.PeriodType, firstYear, lastMonth);
            foreach (var unit in Reporters(element, stats.Contains(element.Code), units))
            {
                var stop = random.NextDouble() < 0.15 ? random.Next(periods.Count) : periods.Count;
                foreach (var period in periods.Take(stop).Where(_ => random.NextDouble() < 0.8))
                {
                    values[(element.Id, unit.Id, period)] = new RawValue(element.Id, unit.Id, period, Value(random, element));
                }
            }

            for (var n = random.Next(1, 4); n > 0; n--)
            {
                var unit = higher[random.Next(higher.Count)];
                var period = periods[random.Next(periods.Count)];
                values.TryAdd((element.Id, unit.Id, period), new RawValue(element.Id, unit.Id, period, Value(random, element)));
            }
        }

        return values.Values.ToList();
    }

    public static List<Period> Periods(PeriodType type, int firstYear, Period lastMonth)
    {
        var periods = new List<Period>();
        for (var p = type switch { PeriodType.Month => Period.Month(firstYear, 1), PeriodType.Quarter => Period.Quarter(firstYear, 1), _ => Period.OfYear(firstYear) };
             p.Start <= lastMonth.Start; p = p.Next())
        {
            periods.Add(p);
        }

        return periods;
    }

    public static double Value(Random random, DataElement element) => element.ValueType switch
    {
        ElementValueType.Boolean => random.Next(2),
        ElementValueType.Number => random.Next(0, 400_000) / 4.0,
        _ when element.Aggregation == AggregationType.LastValue => random.Next(0, 5000),
        _ => random.Next(0, 60),
    };

    private static IEnumerable<OrgUnit> Reporters(DataElement element, bool stat, IReadOnlyList<OrgUnit> units) =>
        stat
            ? units.Where(u => u.Kind == OrgUnitKind.Province || (u.Kind == OrgUnitKind.District && u.Id % 3 == 0))
            // Also at the area a facility serves (a commune, a district): the write path refuses those, but the engine
            // must add up whatever is stored.
            : units.Where(u => element.IsReportedAt(u.Kind) || element.IsReportedAt(FacilityOf(u.Kind)));

    private static OrgUnitKind FacilityOf(OrgUnitKind area) => area switch
    {
        OrgUnitKind.Commune => OrgUnitKind.HealthStation,
        OrgUnitKind.District => OrgUnitKind.DistrictHealthCentre,
        _ => area,
    };
}
