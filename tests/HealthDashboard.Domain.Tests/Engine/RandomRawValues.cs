using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Tests.Engine;

/// <summary>
/// Random raw values for every element of a catalog, each in its own period type, from January of the first year to
/// the last month: reported by the units of the element's level, some periods missing, some units stopping early,
/// and a few values entered at higher units. Values are integers or quarters, so every sum is exact.
/// </summary>
internal static class RandomRawValues
{
    /// <param name="whereReported">Only at the units each element is reported at, as the write path has enforced since
    /// issue 11 (no values at areas beside their facilities' values, nor at higher units).</param>
    public static List<RawValue> Create(Random random, IndicatorCatalog catalog, IReadOnlyList<OrgUnit> units, int firstYear, Period lastMonth,
        bool whereReported = false)
    {
        var stats = catalog.Indicators.Where(i => i.Kind == IndicatorKind.Stat).SelectMany(i => i.ElementCodes).ToHashSet();
        var values = new List<RawValue>();
        var keys = new HashSet<(long, long, Period)>();
        foreach (var element in catalog.Elements)
        {
            var periods = Periods(element.PeriodType, firstYear, lastMonth).ToList();
            foreach (var unit in Reporters(element, stats.Contains(element.Code), units, whereReported))
            {
                // A unit that stops reporting stops at a random period; most go on to the end.
                var stop = random.NextDouble() < 0.15 ? random.Next(periods.Count) : periods.Count;
                for (var i = 0; i < stop; i++)
                {
                    if (random.NextDouble() < 0.8)
                    {
                        values.Add(new RawValue(element.Id, unit.Id, periods[i], Value(random, element)));
                        keys.Add((element.Id, unit.Id, periods[i]));
                    }
                }
            }

            // A few values entered at a higher unit than the element's level (a district typing in a commune's figure).
            var higher = units.Where(u => u.Kind is OrgUnitKind.Country or OrgUnitKind.Province or OrgUnitKind.District).ToList();
            for (var n = whereReported ? 0 : random.Next(1, 4); n > 0; n--)
            {
                var value = new RawValue(element.Id, higher[random.Next(higher.Count)].Id, periods[random.Next(periods.Count)], Value(random, element));
                if (keys.Add((value.ElementId, value.OrgUnitId, value.Period)))
                {
                    values.Add(value);
                }
            }
        }

        return values;
    }

    public static IEnumerable<Period> Periods(PeriodType type, int firstYear, Period lastMonth)
    {
        for (var p = type switch { PeriodType.Month => Period.Month(firstYear, 1), PeriodType.Quarter => Period.Quarter(firstYear, 1), _ => Period.OfYear(firstYear) };
             p.Start <= lastMonth.Start; p = p.Next())
        {
            yield return p;
        }
    }

    public static double Value(Random random, DataElement element) => element.ValueType switch
    {
        ElementValueType.Boolean => random.Next(2),
        ElementValueType.Number => random.Next(0, 400_000) / 4.0,
        _ when element.Aggregation == AggregationType.LastValue => random.Next(0, 5000),
        _ => random.Next(0, 60),
    };

    private static IEnumerable<OrgUnit> Reporters(DataElement element, bool stat, IReadOnlyList<OrgUnit> units, bool whereReported)
    {
        if (stat)
        {
            // Statistics office figures: every province, and a few districts.
            return units.Where(u => u.Kind == OrgUnitKind.Province || (u.Kind == OrgUnitKind.District && u.Id % 3 == 0));
        }

        // Also at the area a facility serves (a commune, a district): the write path refuses those, but the engine
        // must add up whatever is stored.
        return units.Where(u => element.IsReportedAt(u.Kind) || (!whereReported && element.IsReportedAt(FacilityOf(u.Kind))));
    }

    private static OrgUnitKind FacilityOf(OrgUnitKind area) => area switch
    {
        OrgUnitKind.Commune => OrgUnitKind.HealthStation,
        OrgUnitKind.District => OrgUnitKind.DistrictHealthCentre,
        _ => area,
    };
}
