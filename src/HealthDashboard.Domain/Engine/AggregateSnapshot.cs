using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Status;

namespace HealthDashboard.Domain.Engine;

/// <summary>
/// One immutable version of every aggregate: per data element, per unit and period, the subtree's total. Indicators
/// are read from it on demand (numerator and denominator sums are stored, the division is a few nanoseconds), as
/// DHIS2's analytics tables do. All readers share one instance; a recompute builds another and swaps it in.
/// </summary>
public sealed class AggregateSnapshot
{
    private readonly Dictionary<string, ElementCube> _cubes;
    private readonly Dictionary<long, ElementCube> _cubesById;
    private readonly Dictionary<string, Indicator> _indicators;
    private readonly TargetIndex _targets;

    public AggregateSnapshot(long version, DateTimeOffset computedAt, Period asOf, IndicatorCatalog catalog, UnitIndex units,
        IReadOnlyDictionary<string, ElementCube> cubes)
    {
        Version = version;
        ComputedAt = computedAt;
        AsOf = asOf;
        Catalog = catalog;
        Units = units;
        _cubes = new Dictionary<string, ElementCube>(cubes, StringComparer.Ordinal);
        _cubesById = _cubes.Values.ToDictionary(c => c.Element.Id);
        _indicators = catalog.Indicators.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        _targets = new TargetIndex(catalog.Targets);
        IndicatorsByElement = catalog.Indicators
            .SelectMany(i => i.ElementCodes.Select(e => (Element: e, Indicator: i)))
            .GroupBy(p => p.Element)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Indicator>)g.Select(p => p.Indicator).ToList());
    }

    public long Version { get; }
    public DateTimeOffset ComputedAt { get; }

    /// <summary>The month the snapshot was computed in: a period containing it is not over, so rates are annualised over the months so far.</summary>
    public Period AsOf { get; }

    public IndicatorCatalog Catalog { get; }
    public UnitIndex Units { get; }
    public IReadOnlyDictionary<string, ElementCube> Cubes => _cubes;
    public IReadOnlyDictionary<string, IReadOnlyList<Indicator>> IndicatorsByElement { get; }

    public ElementCube? CubeOf(long elementId) => _cubesById.GetValueOrDefault(elementId);

    public Indicator? Indicator(string code) => _indicators.GetValueOrDefault(code);

    /// <summary>The element's total over the unit's subtree for the period, or null for no data.</summary>
    public double? ElementValue(string elementCode, int unit, Period period)
    {
        if (unit < 0 || !_cubes.TryGetValue(elementCode, out var cube))
        {
            return null;
        }

        var cell = cube.Layout.IndexOf(period);
        if (cell < 0)
        {
            return null;
        }

        // NaN is "no data"; ±Infinity a total beyond what a double holds (values stored by hand beyond every range):
        // no value either, rather than a number no reader can show or serialise (SnapshotOverflow reports them).
        var value = cube.Get(unit, cell);
        return double.IsFinite(value) ? value : null;
    }

    public IndicatorResult Value(Indicator indicator, int unit, Period period) =>
        Compute(indicator, period, code => ElementValue(code, unit, period), () => MonthsCovered(indicator, unit, period));

    /// <summary>
    /// The indicator for <paramref name="lastMonth"/>'s year counted from January through that month only
    /// (<see cref="YearToDate"/>): the year to date a page shows while later months are still being reported.
    /// </summary>
    public IndicatorResult ValueThrough(Indicator indicator, int unit, Period lastMonth)
    {
        if (lastMonth.Type != PeriodType.Month)
        {
            throw new ArgumentException("A year to date ends with a month.", nameof(lastMonth));
        }

        var year = Period.OfYear(lastMonth.Year);
        if (lastMonth.Index == 12 || indicator.Kind == IndicatorKind.Stat)
        {
            return Value(indicator, unit, year);
        }

        var yearToDate = new YearToDate(this, unit, lastMonth);
        return Compute(indicator, year, yearToDate.ElementValue, () => yearToDate.MonthsCovered(indicator));
    }

    public StatusAssessment Status(Indicator indicator, int unit, int year) => Status(indicator, unit, year, null);

    /// <summary>The year's status; with <paramref name="through"/> in that year, judged on the year to date through that month.</summary>
    public StatusAssessment Status(Indicator indicator, int unit, int year, Period? through)
    {
        var result = through is { } last && last.Year == year ? ValueThrough(indicator, unit, last) : Value(indicator, unit, Period.OfYear(year));
        var value = result.Value;
        var codes = Units.SelfAndAncestors(unit).Select(u => Units.Units[u].Code);
        var planTargets = _targets.PlanTargetsFor(indicator.Code, codes, year);
        return TargetStatusEvaluator.Evaluate(indicator.Direction, planTargets, year,
            value is { } v ? IndicatorMath.AsShown(v, indicator.Decimals) : null,
            y => Value(indicator, unit, Period.OfYear(y)).Value, result.Unstable ? result.Interval95 : null);
    }

    /// <summary>
    /// For a period not over yet (the one containing <see cref="AsOf"/>), the months from its start to the last month
    /// the indicator's monthly data reaches, at most to <see cref="AsOf"/>: a per-year rate over January–September is
    /// scaled by 12/9, not by 12/12. Null for any other period: it counts whole.
    /// </summary>
    public int? MonthsCovered(Indicator indicator, int unit, Period period)
    {
        if (period.Type == PeriodType.Month || !period.Contains(AsOf))
        {
            return null;
        }

        return MonthsReported(indicator, unit, period, AsOf);
    }

    /// <summary>Months from <paramref name="period"/>'s start to the last one up to <paramref name="upTo"/> with a monthly value of the indicator; null for none.</summary>
    internal int? MonthsReported(Indicator indicator, int unit, Period period, Period upTo)
    {
        var last = 0;
        foreach (var month in period.Months())
        {
            if (month.CompareTo(upTo) <= 0 && indicator.ElementCodes.Any(code => _cubes.TryGetValue(code, out var cube)
                && cube.Layout.Lowest == PeriodType.Month && ElementValue(code, unit, month) is not null))
            {
                last = month.Index - period.Start.Month + 1;
            }
        }

        return last == 0 ? null : last;
    }

    /// <summary>An indicator from its elements' figures, however they were counted (a whole period, or a year to date).</summary>
    private static IndicatorResult Compute(Indicator indicator, Period period, Func<string, double?> element, Func<int?> monthsCovered)
    {
        if (indicator.Kind == IndicatorKind.Stat)
        {
            // Entered per unit and year, never summed: the cube of a stat element holds each unit's own figure.
            return period.Type == PeriodType.Year && indicator.Numerator.Count == 1 && element(indicator.Numerator[0].ElementCode) is { } own
                ? new IndicatorResult(own, own, null, false)
                : IndicatorResult.NoData;
        }

        var numerator = TermSum.Of(indicator.Numerator, term => element(term.ElementCode));
        if (numerator is null || indicator.Kind == IndicatorKind.Count)
        {
            return numerator is null ? IndicatorResult.NoData : new IndicatorResult(numerator, numerator, null, false);
        }

        var denominator = TermSum.Of(indicator.Denominator, term => element(term.ElementCode));
        return IndicatorMath.Ratio(indicator, numerator.Value, denominator, period, monthsCovered());
    }
}
