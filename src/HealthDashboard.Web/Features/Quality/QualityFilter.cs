using System.Globalization;
using HealthDashboard.Data.Jobs;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Quality;
using HealthDashboard.Web.Features.Admin;

namespace HealthDashboard.Web.Features.Quality;

/// <summary>
/// The quality list's query string (<c>?unit=&amp;rule=&amp;from=&amp;to=&amp;status=&amp;page=</c>) read against the
/// tree and the rules. Every bad part becomes a problem in both languages, never an exception.
/// </summary>
public sealed record QualityFilter(OrgUnit? Unit, string? CheckCode, string? RuleCode, Period? From, Period? To, bool? Resolved, int Page)
{
    public const int PageSize = 50;

    /// <summary>The choices of the rule list: each check without rules, then each pair rule by its code.</summary>
    public static IReadOnlyList<string> RuleChoices { get; } =
        [DataQualityCheck.Negative, DataQualityCheck.Outlier, DataQualityCheck.Ratio, .. PairRules.All.Select(r => r.Code)];

    public static QualityFilter Parse(string? unit, string? rule, string? from, string? to, string? status, string? page,
        OrgUnitTree tree, IndicatorCatalog catalog, List<AdminProblem> problems)
    {
        OrgUnit? scope = null;
        if (!string.IsNullOrWhiteSpace(unit) && (scope = tree.Find(unit.Trim())) is null)
        {
            problems.Add(new($"Không có đơn vị mã “{Shorten(unit)}”.", $"There is no unit with the code “{Shorten(unit)}”."));
        }

        var (check, ruleCode) = ReadRule(rule, catalog, problems);
        var fromMonth = ReadMonth(from, "Từ tháng", "From month", problems);
        var toMonth = ReadMonth(to, "Đến tháng", "To month", problems);
        if (fromMonth is { } f && toMonth is { } t && f.CompareTo(t) > 0)
        {
            problems.Add(new("Từ tháng phải trước hoặc bằng đến tháng.", "The From month must not be after the To month."));
        }

        bool? resolved = (status ?? "").Trim().ToLowerInvariant() switch
        {
            "" or "open" => false,
            "resolved" => true,
            "all" => null,
            _ => Problem(problems, new($"Trạng thái “{Shorten(status!)}” không hợp lệ: chọn open, resolved hoặc all.",
                $"“{Shorten(status!)}” is not a status: use open, resolved or all.")),
        };
        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page)
            && !(int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) && pageNumber is >= 1 and <= 100_000))
        {
            problems.Add(new($"Trang “{Shorten(page)}” không hợp lệ.", $"“{Shorten(page)}” is not a page number."));
            pageNumber = 1;
        }
        return new QualityFilter(scope, check, ruleCode, fromMonth, toMonth, resolved, pageNumber);
    }

    /// <summary>The rule as the query string spells it.</summary>
    public string? RuleText => RuleCode ?? CheckCode;

    private static (string? Check, string? Rule) ReadRule(string? rule, IndicatorCatalog catalog, List<AdminProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(rule))
        {
            return (null, null);
        }

        var code = rule.Trim();
        if (DataQualityCheck.All.FirstOrDefault(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase)) is { } check)
        {
            return (check, null);
        }

        if (PairRules.All.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase)) is { } pair)
        {
            return (DataQualityCheck.PairRule, pair.Code);
        }

        if (catalog.Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase)) is { } indicator)
        {
            return (DataQualityCheck.Ratio, indicator.Code);
        }

        problems.Add(new($"Không có quy tắc “{Shorten(code)}”.", $"There is no rule “{Shorten(code)}”."));
        return (null, null);
    }

    /// <summary>MM/yyyy as shown, yyyy-MM as a month input sends it, or yyyyMM as DHIS2 writes it.</summary>
    private static Period? ReadMonth(string? text, string nameVi, string nameEn, List<AdminProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        string[] formats = ["MM/yyyy", "M/yyyy", "yyyy-MM", "yyyyMM"];
        if (DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 1990 and <= 2100)
        {
            return Period.Month(day.Year, day.Month);
        }

        problems.Add(new($"{nameVi} “{Shorten(value)}” không đúng dạng tháng/năm (ví dụ 05/2024).", $"{nameEn} “{Shorten(value)}” is not a month/year (e.g. 05/2024)."));
        return null;
    }

    private static bool? Problem(List<AdminProblem> problems, AdminProblem problem)
    {
        problems.Add(problem);
        return null;
    }

    private static string Shorten(string text) => text.Trim().Length > 40 ? text.Trim()[..40] + "…" : text.Trim();
}
