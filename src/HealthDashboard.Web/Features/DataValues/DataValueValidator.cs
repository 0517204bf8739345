using HealthDashboard.Data.DataValues;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Web.Features.DataValues;

/// <summary>
/// Checks values against the catalog and the unit tree before anything is written, and lists every problem rather
/// than stopping at the first, so whoever sent them can fix them all at once. Codes are matched case-insensitively,
/// as the rest of the app does.
/// </summary>
public static class DataValueValidator
{
    /// <summary>The most values one request may carry; a larger import is split into several requests.</summary>
    public const int MaxValues = 100_000;

    /// <summary>Beyond this many, problems are counted, not listed: a wholly wrong file must not produce a huge answer.</summary>
    public const int MaxProblemsListed = 1_000;

    private const int MaxCommentLength = 1_000;

    /// <param name="maxProblemsListed">An import lists every rejected row: it passes a larger limit than the API's.</param>
    public static DataValueValidation Validate(IReadOnlyList<DataValueInput> inputs, IndicatorCatalog catalog, OrgUnitTree units, Period currentMonth,
        int maxProblemsListed = MaxProblemsListed)
    {
        var problems = new List<DataValueProblem>();
        if (inputs.Count == 0)
        {
            return Rejected(new DataValueProblem(null, "dataValues", "Không có giá trị nào để lưu.", "There are no values to save."));
        }

        if (inputs.Count > MaxValues)
        {
            return Rejected(new DataValueProblem(null, "dataValues",
                $"Mỗi yêu cầu tối đa {MaxValues} giá trị; yêu cầu này có {inputs.Count}.", $"A request may hold at most {MaxValues} values; this one holds {inputs.Count}."));
        }

        var elements = catalog.Elements.ToDictionary(e => e.Code, StringComparer.OrdinalIgnoreCase);
        var firstIndexOfKey = new Dictionary<(long, long, Period), int>();
        var values = new List<BatchValue>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            // Text that is not clean is not read further: "1\0" would otherwise pass as the number 1.
            if (IncomingText.Problem(inputs[i]) is { } text)
            {
                problems.Add(new DataValueProblem(i, text.Field, text.Vi, text.En));
                continue;
            }

            var found = new List<DataValueProblem>();
            var one = new DataValueCheck(i, inputs[i], found);
            var element = one.Element(elements);
            var unit = one.Unit(units);
            // A deletion needs no value (DHIS2 sends the old one or none), so none is checked; its key is. Nor is the
            // kind of unit: deleting is how a value stored at the wrong kind before the rule existed gets cleaned up.
            var deleted = one.Deleted();
            if (deleted is false)
            {
                one.ReportedAt(element, unit);
            }

            var period = one.Period(element, unit, currentMonth);
            var value = deleted is false ? one.Value(element) : 0;
            one.Comment(MaxCommentLength);
            if (found.Count == 0 && element is not null && unit is not null && period is { } p && value is { } v)
            {
                if (firstIndexOfKey.TryGetValue((element.Id, unit.Id, p), out var first))
                {
                    found.Add(new DataValueProblem(i, "period",
                        $"Trùng với giá trị thứ {first}: cùng phần tử dữ liệu, đơn vị và kỳ.", $"Same data element, org unit and period as value {first}."));
                }
                else
                {
                    firstIndexOfKey[(element.Id, unit.Id, p)] = i;
                    values.Add(new BatchValue(element.Id, unit.Id, element.Code, unit.Code, p, v, deleted is true ? null : NullIfBlank(inputs[i].Comment))
                    {
                        Deleted = deleted is true,
                    });
                }
            }

            problems.AddRange(found);
        }

        if (problems.Count > maxProblemsListed)
        {
            var more = problems.Count - maxProblemsListed;
            problems.RemoveRange(maxProblemsListed, more);
            problems.Add(new DataValueProblem(null, "dataValues", $"Còn {more} lỗi khác không được liệt kê.", $"{more} more problems are not listed."));
        }

        return problems.Count == 0 ? new DataValueValidation(values, []) : new DataValueValidation([], problems) { Accepted = values };
    }

    private static DataValueValidation Rejected(DataValueProblem problem) => new([], [problem]);

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
