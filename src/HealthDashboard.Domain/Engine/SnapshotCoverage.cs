using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Engine;

/// <summary>How far into a year an indicator's data reaches at a unit: what a year-to-date figure covers.</summary>
public static class SnapshotCoverage
{
    /// <summary>
    /// The last month of the year for which any of the indicator's elements has a value in the unit's subtree (a
    /// quarterly value reaches its quarter's last month, a yearly one December), or null when none has.
    /// </summary>
    public static Period? LastMonthReported(AggregateSnapshot snapshot, Indicator indicator, int unit, int year)
    {
        var last = 0;
        foreach (var code in indicator.ElementCodes)
        {
            if (!snapshot.Cubes.TryGetValue(code, out var cube))
            {
                continue;
            }

            var (type, count) = cube.Layout.Lowest switch
            {
                PeriodType.Month => (PeriodType.Month, 12),
                PeriodType.Quarter => (PeriodType.Quarter, 4),
                _ => (PeriodType.Year, 1),
            };
            for (var i = count; i >= 1 && i * (12 / count) > last; i--)
            {
                var period = type switch { PeriodType.Month => Period.Month(year, i), PeriodType.Quarter => Period.Quarter(year, i), _ => Period.OfYear(year) };
                if (snapshot.ElementValue(code, unit, period) is not null)
                {
                    last = i * (12 / count);
                    break;
                }
            }
        }

        return last == 0 ? null : Period.Month(year, last);
    }
}
