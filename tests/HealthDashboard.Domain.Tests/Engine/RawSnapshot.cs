using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Tests.Engine;

/// <summary>A full build over a list of raw values, as the full recompute does it.</summary>
internal static class RawSnapshot
{
    public static AggregateSnapshot Build(IndicatorCatalog catalog, IReadOnlyList<OrgUnit> units, IEnumerable<RawValue> values,
        int firstYear, int lastYear, Period asOf, long version = 1)
    {
        var builder = new SnapshotBuilder(catalog, new UnitIndex(units), firstYear, lastYear);
        foreach (var v in values)
        {
            if (!builder.Add(v.ElementId, v.OrgUnitId, v.Period, v.Value))
            {
                Assert.Fail($"{v} was ignored");
            }
        }

        return builder.Build(version, DateTimeOffset.UnixEpoch.AddDays(version), asOf);
    }
}
