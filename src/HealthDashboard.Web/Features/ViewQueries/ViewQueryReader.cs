using System.Globalization;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.Units;

namespace HealthDashboard.Web.Features.ViewQueries;

/// <summary>
/// Reads <c>indicator</c>, <c>unit</c>, <c>periodType</c> and <c>period</c> from a link. Anyone can type a link, so
/// every part is checked against the catalog, the tree and the years the data covers, and every problem is named
/// (a page or an export then says what is wrong instead of failing). Missing parts take defaults.
/// </summary>
public static class ViewQueryReader
{
    public const string DefaultIndicator = "HI_COV";

    /// <summary>Typed text is echoed in messages; a pasted novel is not.</summary>
    private const int EchoLength = 40;

    public static (ViewQuery? Query, IReadOnlyList<QueryProblem> Problems) Read(
        IndicatorCatalog catalog, OrgUnitTree tree, string? indicator, string? unit, string? periodType, string? year,
        int firstYear, int lastYear, int defaultYear)
    {
        var problems = new List<QueryProblem>();
        var found = catalog.Indicators.FirstOrDefault(i => string.Equals(i.Code, Blank(indicator) ?? DefaultIndicator, StringComparison.OrdinalIgnoreCase));
        if (found is null)
        {
            problems.Add(new("indicator", $"Không có chỉ tiêu mã “{Echo(indicator)}”.", $"There is no indicator with the code “{Echo(indicator)}”."));
        }

        var orgUnit = Blank(unit) is { } code ? tree.Find(code) : tree.DefaultUnit();
        if (orgUnit is null)
        {
            problems.Add(new("unit", $"Không tìm thấy đơn vị có mã “{Echo(unit)}”.", $"No org unit has the code “{Echo(unit)}”."));
        }

        var type = PeriodType.Year;
        if (Blank(periodType) is { } typeText && !TryPeriodType(typeText, out type))
        {
            problems.Add(new("periodType", $"Loại kỳ “{Echo(periodType)}” không hợp lệ: dùng month, quarter hoặc year.",
                $"“{Echo(periodType)}” is not a period type: use month, quarter or year."));
        }

        var chosenYear = defaultYear;
        if (Blank(year) is { } yearText && !(int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out chosenYear)
            && chosenYear >= firstYear && chosenYear <= lastYear && yearText.Length == 4))
        {
            problems.Add(new("period", $"Năm “{Echo(year)}” không hợp lệ: dùng một năm từ {firstYear} đến {lastYear}.",
                $"“{Echo(year)}” is not a year with data: use a year from {firstYear} to {lastYear}."));
        }

        return problems.Count == 0 ? (new ViewQuery(found!, orgUnit!, type, chosenYear), problems) : (null, problems);
    }

    public static string Name(PeriodType type) => type switch
    {
        PeriodType.Month => "month",
        PeriodType.Quarter => "quarter",
        _ => "year",
    };

    private static bool TryPeriodType(string text, out PeriodType type)
    {
        type = text.ToLowerInvariant() switch
        {
            "month" => PeriodType.Month,
            "quarter" => PeriodType.Quarter,
            "year" => PeriodType.Year,
            _ => 0,
        };
        return type != 0;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Echo(string? text) => text is null ? "" : text.Length <= EchoLength ? text : text[..EchoLength] + "…";
}
