using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.Sample;

/// <summary>Collects generated values by element code, translating codes to the database's ids.</summary>
internal sealed class ValueSink(IReadOnlyDictionary<string, long> elementIds, long orgUnitId)
{
    public List<RawValue> Values { get; } = new(64);

    public void Add(string elementCode, Period period, double value) =>
        Values.Add(new RawValue(elementIds[elementCode], orgUnitId, period, Math.Round(value, 2)));
}
