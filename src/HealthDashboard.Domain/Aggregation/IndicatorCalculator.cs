using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Aggregation;

/// <summary>
/// Computes an indicator for a unit and period from the raw values of the unit's subtree: a ratio divides the summed
/// numerator by the summed denominator (never an average of child ratios), a count is the summed numerator, and a
/// stat is the figure entered for the unit itself for that year.
/// </summary>
public static class IndicatorCalculator
{
    /// <param name="monthsCovered">For a period not over yet (this year so far): how many of its months the data covers,
    /// so a per-year rate is scaled by what was observed, not by the whole period.</param>
    public static IndicatorResult Compute(Indicator indicator, IReadOnlyDictionary<string, DataElement> elements, OrgUnit unit,
        IReadOnlyList<RawValue> subtreeValues, Period period, int? monthsCovered = null)
    {
        if (indicator.Kind == IndicatorKind.Stat)
        {
            return Stat(indicator, elements, unit, subtreeValues, period);
        }

        var numerator = Sum(indicator.Numerator, elements, subtreeValues, period);
        if (numerator is null)
        {
            return IndicatorResult.NoData;
        }

        if (indicator.Kind == IndicatorKind.Count)
        {
            return new IndicatorResult(numerator, numerator, null, false);
        }

        var denominator = Sum(indicator.Denominator, elements, subtreeValues, period);
        return IndicatorMath.Ratio(indicator, numerator.Value, denominator, period, monthsCovered);
    }

    private static IndicatorResult Stat(Indicator indicator, IReadOnlyDictionary<string, DataElement> elements, OrgUnit unit,
        IReadOnlyList<RawValue> values, Period period)
    {
        if (period.Type != PeriodType.Year || indicator.Numerator.Count != 1 || !elements.TryGetValue(indicator.Numerator[0].ElementCode, out var element))
        {
            return IndicatorResult.NoData;
        }

        var own = values.Where(v => v.OrgUnitId == unit.Id);
        return ElementAggregator.Aggregate(element, own, period) is { } value ? new IndicatorResult(value, value, null, false) : IndicatorResult.NoData;
    }

    private static double? Sum(IReadOnlyList<Term> terms, IReadOnlyDictionary<string, DataElement> elements, IReadOnlyList<RawValue> values, Period period) =>
        TermSum.Of(terms, term => elements.TryGetValue(term.ElementCode, out var element) ? ElementAggregator.Aggregate(element, values, period) : null);
}
