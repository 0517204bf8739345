using HealthDashboard.Domain.Catalog;

namespace HealthDashboard.Data.Jobs;

/// <summary>A percentage indicator whose numerator is a part of its denominator, so a raw numerator above it is an error.</summary>
public sealed record RatioPair(string IndicatorCode, long NumeratorElementId, long DenominatorElementId)
{
    /// <summary>
    /// The catalog's ratio indicators in percent with one element over one element (insured / population). Rates per
    /// 1,000 or 10,000 and per-person rates are left out: a month's infant deaths may well exceed that month's births,
    /// and visits per person may exceed one.
    /// </summary>
    public static IReadOnlyList<RatioPair> From(IndicatorCatalog catalog)
    {
        var elements = catalog.Elements.ToDictionary(e => e.Code);
        return catalog.Indicators
            .Where(i => i.Kind == IndicatorKind.Ratio && i.Unit == "%")
            .Where(i => i.Numerator is [{ Sign: 1 }] && i.Denominator is [{ Sign: 1 }])
            .Where(i => elements.ContainsKey(i.Numerator[0].ElementCode) && elements.ContainsKey(i.Denominator[0].ElementCode))
            .Select(i => new RatioPair(i.Code, elements[i.Numerator[0].ElementCode].Id, elements[i.Denominator[0].ElementCode].Id))
            .ToList();
    }
}
