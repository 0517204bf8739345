using System.Globalization;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Quality;

namespace HealthDashboard.Web.Features.DataValues;

/// <summary>
/// The report form's part ≤ whole rules (<see cref="PairRules"/>) applied to a batch of checked values, against the
/// batch's own values of the same unit and period first and else the stored ones, so an import or an API call cannot
/// store what the form refuses. A breach is a problem on the batch's value, naming both values.
/// </summary>
internal static class PairRuleCheck
{
    /// <param name="values">The checked values, each with its index in the request.</param>
    public static async Task<IReadOnlyList<DataValueProblem>> CheckAsync(IReadOnlyList<(int Index, BatchValue Value)> values, IndicatorCatalog catalog,
        StoredValueLookup stored, CancellationToken cancellationToken)
    {
        var elements = catalog.Elements.ToDictionary(e => e.Code, StringComparer.OrdinalIgnoreCase);
        var rules = PairRules.All.Where(r => elements.ContainsKey(r.PartElement) && elements.ContainsKey(r.WholeElement)).ToList();
        var inBatch = values.ToDictionary(v => (v.Value.ElementId, v.Value.OrgUnitId, v.Value.Period));
        // Each rule a batch value takes part in, with the other side's key. A deletion has no value to hold to a rule.
        var sides = (from v in values
                     where !v.Value.Deleted
                     from rule in rules
                     let isPart = string.Equals(rule.PartElement, v.Value.ElementCode, StringComparison.OrdinalIgnoreCase)
                     where isPart || string.Equals(rule.WholeElement, v.Value.ElementCode, StringComparison.OrdinalIgnoreCase)
                     let other = elements[isPart ? rule.WholeElement : rule.PartElement]
                     select (v.Index, v.Value, Rule: rule, IsPart: isPart, Other: other, Key: (other.Id, v.Value.OrgUnitId, v.Value.Period))).ToList();
        var fromStore = await stored.ReadAsync(sides.Where(s => !inBatch.ContainsKey(s.Key)).Select(s => s.Key).Distinct().ToList(), cancellationToken);
        var problems = new List<DataValueProblem>();
        foreach (var side in sides)
        {
            if (inBatch.TryGetValue(side.Key, out var twin))
            {
                // Both sides in the batch: reported once, on the part. A side the batch deletes leaves nothing to break.
                if (side.IsPart && !twin.Value.Deleted && !side.Rule.Holds(side.Value.Value, twin.Value.Value))
                {
                    problems.Add(InBatch(side.Index, side.Rule, side.Value, twin.Value, twin.Index));
                }
            }
            else if (fromStore.TryGetValue((side.Key.Item1, side.Key.OrgUnitId, side.Key.Period.ToString()), out var other)
                     && !(side.IsPart ? side.Rule.Holds(side.Value.Value, other) : side.Rule.Holds(other, side.Value.Value)))
            {
                problems.Add(AgainstStored(side.Index, side.Rule, side.IsPart, side.Value, side.Other.Code, other));
            }
        }

        return problems.OrderBy(p => p.Index).ToList();
    }

    private static DataValueProblem InBatch(int index, PairRule rule, BatchValue part, BatchValue whole, int wholeIndex) => new(index, "value",
        $"{rule.NameVi}: {part.ElementCode} {N(part.Value)} > {whole.ElementCode} {N(whole.Value)} (giá trị thứ {wholeIndex}) của {part.OrgUnitCode} kỳ {part.Period}.",
        $"{rule.NameEn}: {part.ElementCode} {N(part.Value)} > {whole.ElementCode} {N(whole.Value)} (value {wholeIndex}) of {part.OrgUnitCode} for {part.Period}.");

    private static DataValueProblem AgainstStored(int index, PairRule rule, bool isPart, BatchValue value, string otherCode, double other) => isPart
        ? new(index, "value",
            $"{rule.NameVi}: {value.ElementCode} {N(value.Value)} > {otherCode} {N(other)} đã lưu của {value.OrgUnitCode} kỳ {value.Period}.",
            $"{rule.NameEn}: {value.ElementCode} {N(value.Value)} > stored {otherCode} {N(other)} of {value.OrgUnitCode} for {value.Period}.")
        : new(index, "value",
            $"{rule.NameVi}: {value.ElementCode} {N(value.Value)} < {otherCode} {N(other)} đã lưu của {value.OrgUnitCode} kỳ {value.Period}.",
            $"{rule.NameEn}: {value.ElementCode} {N(value.Value)} < stored {otherCode} {N(other)} of {value.OrgUnitCode} for {value.Period}.");

    private static string N(double value) => value.ToString(CultureInfo.InvariantCulture);
}
