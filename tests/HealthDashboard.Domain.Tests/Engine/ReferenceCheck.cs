using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Tests.Engine;

/// <summary>
/// Compares a snapshot with the brute-force reference (<see cref="IndicatorCalculator"/> over each unit's subtree
/// values, the subtree found from the units' parent ids, not from the engine's index).
/// </summary>
internal sealed class ReferenceCheck
{
    private const double Tolerance = 1e-9;

    private readonly AggregateSnapshot _snapshot;
    private readonly IReadOnlyDictionary<string, DataElement> _elements;
    private readonly Dictionary<(long Unit, long Element, int Year), List<RawValue>> _subtree = [];
    private (long Unit, string Indicator, int Year, List<RawValue> Values)? _cached;

    public ReferenceCheck(AggregateSnapshot snapshot, IReadOnlyList<OrgUnit> units, IEnumerable<RawValue> values)
    {
        _snapshot = snapshot;
        _elements = snapshot.Catalog.Elements.ToDictionary(e => e.Code);
        var parents = units.ToDictionary(u => u.Id, u => u.ParentId);
        foreach (var v in values)
        {
            for (long? u = v.OrgUnitId; u is { } id; u = parents[id])
            {
                var key = (id, v.ElementId, v.Period.Year);
                if (!_subtree.TryGetValue(key, out var list))
                {
                    _subtree[key] = list = [];
                }

                list.Add(v);
            }
        }
    }

    public int Compared { get; private set; }
    public int WithValue { get; private set; }
    public int Flagged { get; private set; }
    public int Stats { get; private set; }
    public int PartlyCovered { get; private set; }

    /// <summary>Every indicator for the given units and periods; one line per difference.</summary>
    public List<string> Mismatches(IEnumerable<OrgUnit> units, IReadOnlyList<Period> periods)
    {
        var mismatches = new List<string>();
        foreach (var unit in units)
        {
            var index = _snapshot.Units.IndexOf(unit.Id);
            foreach (var indicator in _snapshot.Catalog.Indicators)
            {
                foreach (var period in periods.OrderBy(p => p.Year))
                {
                    var values = Values(unit, indicator, period.Year);
                    var months = _snapshot.MonthsCovered(indicator, index, period);
                    var expected = IndicatorCalculator.Compute(indicator, _elements, unit, values, period, months);
                    var actual = _snapshot.Value(indicator, index, period);
                    var where = $"{indicator.Code} {unit.Code} {period}";
                    if (Difference(expected, actual) is { } difference)
                    {
                        mismatches.Add($"{where}: {difference}");
                    }

                    if (MonthsCovered(indicator, values, period) != months)
                    {
                        mismatches.Add($"{where}: months covered {months}, expected {MonthsCovered(indicator, values, period)}");
                    }

                    Count(indicator, expected, months);
                }
            }
        }

        return mismatches;
    }

    /// <summary>
    /// Every indicator for the given units over <paramref name="lastMonth"/>'s year counted through that month: the
    /// reference leaves out the raw values of later months and quarters, then counts the year.
    /// </summary>
    public List<string> MismatchesThrough(IEnumerable<OrgUnit> units, Period lastMonth)
    {
        var mismatches = new List<string>();
        var year = Period.OfYear(lastMonth.Year);
        foreach (var unit in units)
        {
            var index = _snapshot.Units.IndexOf(unit.Id);
            foreach (var indicator in _snapshot.Catalog.Indicators)
            {
                var values = Values(unit, indicator, lastMonth.Year).Where(v => v.Period.Type == PeriodType.Year || v.Period.End <= lastMonth.End).ToList();
                var monthly = indicator.ElementCodes.Select(c => _elements[c]).Where(e => e.PeriodType == PeriodType.Month).Select(e => e.Id).ToHashSet();
                var last = values.Where(v => monthly.Contains(v.ElementId) && v.Period.Type == PeriodType.Month).Select(v => v.Period.Index).DefaultIfEmpty(0).Max();
                var expected = IndicatorCalculator.Compute(indicator, _elements, unit, values, year, last == 0 ? null : last);
                if (Difference(expected, _snapshot.ValueThrough(indicator, index, lastMonth)) is { } difference)
                {
                    mismatches.Add($"{indicator.Code} {unit.Code} {year} through {lastMonth}: {difference}");
                }

                Count(indicator, expected, last == 0 ? null : last);
            }
        }

        return mismatches;
    }

    private void Count(Indicator indicator, IndicatorResult expected, int? months)
    {
        Compared++;
        WithValue += expected.HasValue ? 1 : 0;
        Flagged += expected.Unstable ? 1 : 0;
        Stats += indicator.Kind == IndicatorKind.Stat && expected.HasValue ? 1 : 0;
        PartlyCovered += indicator.Annualised && months is not null && expected.HasValue ? 1 : 0;
    }

    private List<RawValue> Values(OrgUnit unit, Indicator indicator, int year)
    {
        if (_cached is not { } hit || hit.Unit != unit.Id || hit.Indicator != indicator.Code || hit.Year != year)
        {
            var values = indicator.ElementCodes.SelectMany(c => _subtree.GetValueOrDefault((unit.Id, _elements[c].Id, year)) ?? []).ToList();
            _cached = hit = (unit.Id, indicator.Code, year, values);
        }

        return hit.Values;
    }

    /// <summary>
    /// Independently of the engine: for the period containing AsOf (not a month), the months from its start to the
    /// last one, up to AsOf, in which any monthly element of the indicator has a raw value in the subtree.
    /// </summary>
    private int? MonthsCovered(Indicator indicator, List<RawValue> values, Period period)
    {
        if (period.Type == PeriodType.Month || !period.Contains(_snapshot.AsOf))
        {
            return null;
        }

        var monthly = indicator.ElementCodes.Select(c => _elements[c]).Where(e => e.PeriodType == PeriodType.Month).Select(e => e.Id).ToHashSet();
        var last = values.Where(v => monthly.Contains(v.ElementId) && period.Contains(v.Period) && v.Period.CompareTo(_snapshot.AsOf) <= 0)
            .Select(v => v.Period.Index - period.Start.Month + 1).DefaultIfEmpty(0).Max();
        return last == 0 ? null : last;
    }

    private static string? Difference(IndicatorResult expected, IndicatorResult actual)
    {
        if (!Close(expected.Value, actual.Value) || !Close(expected.Numerator, actual.Numerator) || !Close(expected.Denominator, actual.Denominator)
            || expected.Unstable != actual.Unstable
            || !Close(expected.Interval95?.Low, actual.Interval95?.Low) || !Close(expected.Interval95?.High, actual.Interval95?.High))
        {
            return $"engine {actual}, reference {expected}";
        }

        return null;
    }

    private static bool Close(double? a, double? b) =>
        (a, b) switch
        {
            (null, null) => true,
            ({ } x, { } y) => Math.Abs(x - y) <= Tolerance * Math.Max(Math.Abs(x), Math.Abs(y)),
            _ => false,
        };
}
