using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Quality;

namespace HealthDashboard.Data.Jobs;

/// <summary>Two elements of one unit and period where the first may not exceed the second, as the quality job checks them.</summary>
public sealed record PartWholePair(string CheckCode, string RuleCode, long PartElementId, long WholeElementId)
{
    /// <summary>
    /// The form's pair rules, and the catalog's percentages of one element over one (insured / population) that no
    /// chain of pair rules already covers (ANC4 ≤ ANC3 ≤ deliveries covers ANC4 over deliveries): a broken pair is
    /// then reported once, under the rule's own name where there is one. Rates per 1,000 or 10,000 and per person are
    /// left out: a month's infant deaths may exceed that month's births, and visits per person may exceed one.
    /// </summary>
    public static IReadOnlyList<PartWholePair> From(IndicatorCatalog catalog)
    {
        var elements = catalog.Elements.ToDictionary(e => e.Code, StringComparer.OrdinalIgnoreCase);
        var pairs = PairRules.All
            .Where(r => elements.ContainsKey(r.PartElement) && elements.ContainsKey(r.WholeElement))
            .Select(r => new PartWholePair(DataQualityCheck.PairRule, r.Code, elements[r.PartElement].Id, elements[r.WholeElement].Id))
            .ToList();
        var ratios = catalog.Indicators
            .Where(i => i.Kind == IndicatorKind.Ratio && i.Unit == "%")
            .Where(i => i.Numerator is [{ Sign: 1 }] && i.Denominator is [{ Sign: 1 }])
            .Where(i => elements.ContainsKey(i.Numerator[0].ElementCode) && elements.ContainsKey(i.Denominator[0].ElementCode))
            .Where(i => !Implied(i.Numerator[0].ElementCode, i.Denominator[0].ElementCode))
            .Select(i => new PartWholePair(DataQualityCheck.Ratio, i.Code, elements[i.Numerator[0].ElementCode].Id, elements[i.Denominator[0].ElementCode].Id));
        return [.. pairs, .. ratios];
    }

    /// <summary>Whether the pair rules lead from <paramref name="part"/> to <paramref name="whole"/> (part ≤ … ≤ whole).</summary>
    private static bool Implied(string part, string whole)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { part };
        var next = new Queue<string>([part]);
        while (next.TryDequeue(out var at))
        {
            foreach (var rule in PairRules.All.Where(r => string.Equals(r.PartElement, at, StringComparison.OrdinalIgnoreCase)))
            {
                if (string.Equals(rule.WholeElement, whole, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                if (seen.Add(rule.WholeElement))
                {
                    next.Enqueue(rule.WholeElement);
                }
            }
        }

        return false;
    }
}
