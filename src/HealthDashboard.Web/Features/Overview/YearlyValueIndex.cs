using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Web.Features.Overview;

/// <summary>
/// A subtree's raw values bucketed by data element and year. The calculator scans every value it is given, so
/// handing it only the buckets an indicator and year need turns a province's ~42 × 11 scans of a million values into
/// scans of a few thousand; the result is the same, because the calculator filters by element and period anyway.
/// </summary>
public sealed class YearlyValueIndex
{
    private readonly Dictionary<(long ElementId, int Year), List<RawValue>> _buckets = [];

    public YearlyValueIndex(IEnumerable<RawValue> values)
    {
        foreach (var value in values)
        {
            var key = (value.ElementId, value.Period.Year);
            if (!_buckets.TryGetValue(key, out var bucket))
            {
                _buckets[key] = bucket = [];
            }

            bucket.Add(value);
        }
    }

    public IReadOnlyList<RawValue> ValuesOf(IReadOnlyCollection<long> elementIds, int year)
    {
        var values = new List<RawValue>();
        foreach (var id in elementIds)
        {
            if (_buckets.TryGetValue((id, year), out var bucket))
            {
                values.AddRange(bucket);
            }
        }

        return values;
    }

    /// <summary>The last month that any of the elements has a value for in the year: how far a year-to-date figure reaches.</summary>
    public Period? LastMonthOf(IReadOnlyCollection<long> elementIds, int year)
    {
        DateOnly? last = null;
        foreach (var id in elementIds)
        {
            if (_buckets.TryGetValue((id, year), out var bucket))
            {
                foreach (var value in bucket)
                {
                    if (last is null || value.Period.End > last)
                    {
                        last = value.Period.End;
                    }
                }
            }
        }

        return last is { } day ? Period.MonthOf(day) : null;
    }
}
