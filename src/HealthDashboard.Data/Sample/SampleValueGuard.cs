using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Data.Sample;

/// <summary>
/// Holds generated values to the rules every write is held to, as they stream to the database: each at a kind of unit
/// its element is reported at, inside the element's range. The seed bypasses the write path for speed; a generator
/// that breaks a rule is a bug, stopped here rather than shown as sample data.
/// </summary>
internal sealed class SampleValueGuard(IReadOnlyList<DataElement> elements, IReadOnlyDictionary<long, OrgUnitKind> unitKinds)
{
    private readonly Dictionary<long, DataElement> _elements = elements.ToDictionary(e => e.Id);

    public IEnumerable<RawValue> Check(IEnumerable<RawValue> values)
    {
        foreach (var value in values)
        {
            var element = _elements[value.ElementId];
            var kind = unitKinds[value.OrgUnitId];
            if (!element.IsReportedAt(kind) || !element.Range.Contains(value.Value))
            {
                throw new InvalidOperationException(
                    $"The generator made {element.Code} = {value.Value} for {value.Period} at a {OrgUnitKindNames.ToName(kind)}; the catalog takes it at " +
                    $"{element.ReportedAt} only, from {element.Range.Min} to {element.Range.Max}.");
            }

            yield return value;
        }
    }
}
