using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Tests.Engine;

/// <summary>
/// A random batch of writes to a list of raw values: changed values (a few rewritten with the same value), deleted
/// values and new ones (at any unit, also higher ones), with the keys an incremental recompute is given.
/// </summary>
internal static class RawValueEdits
{
    public static (List<RawValue> Values, List<RawKey> Keys) Apply(Random random, IReadOnlyList<RawValue> before, IndicatorCatalog catalog,
        IReadOnlyList<OrgUnit> units, int firstYear, Period lastMonth, int edits)
    {
        var values = before.ToDictionary(v => (v.ElementId, v.OrgUnitId, v.Period));
        var keys = new List<RawKey>();
        var existing = before.ToList();
        for (var i = 0; i < edits; i++)
        {
            var old = existing[random.Next(existing.Count)];
            var key = (old.ElementId, old.OrgUnitId, old.Period);
            var element = catalog.Elements.Single(e => e.Id == old.ElementId);
            switch (i % 4)
            {
                case 0:
                    values.Remove(key);
                    break;
                case 1:
                    values[key] = old with { Value = i % 8 == 1 ? old.Value : RandomRawValues.Value(random, element) };
                    break;
                default:
                    element = catalog.Elements[random.Next(catalog.Elements.Count)];
                    var periods = RandomRawValues.Periods(element.PeriodType, firstYear, lastMonth).ToList();
                    var added = new RawValue(element.Id, units[random.Next(units.Count)].Id, periods[random.Next(periods.Count)], RandomRawValues.Value(random, element));
                    key = (added.ElementId, added.OrgUnitId, added.Period);
                    values[key] = added;
                    break;
            }

            keys.Add(new RawKey(key.Item1, key.Item2, key.Item3));
        }

        return (values.Values.ToList(), keys);
    }

    /// <summary>What the database would answer to the requests: the current raw values of those elements, units and years.</summary>
    public static List<RawValue> OwnValues(IReadOnlyList<OwnValueRequest> requests, IEnumerable<RawValue> values)
    {
        var wanted = requests.SelectMany(r => r.OrgUnitIds.Select(u => (r.ElementId, u, r.Year))).ToHashSet();
        return values.Where(v => wanted.Contains((v.ElementId, v.OrgUnitId, v.Period.Year))).ToList();
    }
}
