using System.Globalization;
using HealthDashboard.Domain.Quality;

namespace HealthDashboard.Web.Features.DataEntry;

/// <summary>
/// The form's checks, run as the person types and again before saving: each value on its own, the part ≤ whole rules
/// between fields of one period, and an unusual value against the unit's own history, which needs a comment. An
/// emptied field breaks no rule: its stored value is deleted on saving.
/// </summary>
public static class ReportChecks
{
    public static void Run(IReadOnlyList<ReportField> fields, CultureInfo culture)
    {
        foreach (var field in fields)
        {
            // An emptied stored field is a deletion (ReportField.WillDelete), shown as such beside it before saving.
            (field.Value, field.Problem) = ReportValueParser.Parse(field.Text, field.Element, culture);
            field.NeedsComment = false;
        }

        var byCode = fields.ToDictionary(f => f.Element.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var rule in PairRules.All)
        {
            if (byCode.GetValueOrDefault(rule.PartElement) is { Problem: null } part && byCode.GetValueOrDefault(rule.WholeElement) is { Problem: null } whole
                && part.Period == whole.Period && !rule.Holds(part.Value, whole.Value))
            {
                var (p, w) = (ReportValueParser.Format(part.Value, culture), ReportValueParser.Format(whole.Value, culture));
                part.Problem = ($"{rule.NameVi} ({p} > {w}).", $"{rule.NameEn} ({p} > {w}).");
            }
        }

        foreach (var field in fields.Where(f => f.Problem is null && f.IsChanged && f.Value is { } && f.Element.ValueType != Domain.Catalog.ElementValueType.Boolean))
        {
            field.NeedsComment = RobustZScore.IsOutlier(field.Value!.Value, field.History) && string.IsNullOrWhiteSpace(field.Comment);
        }
    }

    public static bool CanSave(IReadOnlyList<ReportField> fields) => fields.All(f => f.Problem is null && !f.NeedsComment);
}
