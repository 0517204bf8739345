using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Aggregation;

/// <summary>
/// Rolls one data element up to one period over a set of units: per unit, flows sum their values in the period and
/// stocks take the latest one; then the units' figures add up. An element reported less often than the period
/// (a yearly survey asked for a month) has no value, and so has a total beyond what a double holds.
/// </summary>
public static class ElementAggregator
{
    public static double? Aggregate(DataElement element, IEnumerable<RawValue> values, Period period)
    {
        if (element.PeriodType > period.Type)
        {
            return null;
        }

        double total = 0;
        var any = false;
        if (element.Aggregation == AggregationType.Sum)
        {
            foreach (var v in values)
            {
                if (v.ElementId == element.Id && period.Contains(v.Period))
                {
                    total += v.Value;
                    any = true;
                }
            }

            return any && double.IsFinite(total) ? total : null;
        }

        var latest = new Dictionary<long, RawValue>();
        foreach (var v in values)
        {
            if (v.ElementId == element.Id && period.Contains(v.Period)
                && (!latest.TryGetValue(v.OrgUnitId, out var seen) || v.Period.CompareTo(seen.Period) > 0))
            {
                latest[v.OrgUnitId] = v;
            }
        }

        var sum = latest.Values.Sum(v => v.Value);
        return latest.Count == 0 || !double.IsFinite(sum) ? null : sum;
    }
}
