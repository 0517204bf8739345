using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Status;

namespace HealthDashboard.Domain.Engine;

/// <summary>Turns changed element cells into the indicator values that changed with them, as the hub and pages receive them.</summary>
public static class ChangeDescriber
{
    public static IReadOnlyList<AggregateChange> Describe(AggregateSnapshot snapshot, IEnumerable<ChangedCell> cells)
    {
        var seen = new HashSet<(string Indicator, int Unit, Period Period)>();
        var changes = new List<AggregateChange>();
        foreach (var cell in cells)
        {
            if (!snapshot.IndicatorsByElement.TryGetValue(cell.ElementCode, out var indicators))
            {
                continue;
            }

            var period = snapshot.Cubes[cell.ElementCode].Layout.PeriodAt(cell.Cell);
            foreach (var indicator in indicators)
            {
                if (!seen.Add((indicator.Code, cell.Unit, period)))
                {
                    continue;
                }

                var result = snapshot.Value(indicator, cell.Unit, period);
                var status = PeriodStatus.Of(snapshot, indicator, cell.Unit, period, result).Name;
                changes.Add(new AggregateChange(indicator.Code, snapshot.Units.Units[cell.Unit].Code, period.ToString(),
                    result.Value, result.Numerator, result.Denominator, status, snapshot.Version));
            }
        }

        return changes;
    }
}
