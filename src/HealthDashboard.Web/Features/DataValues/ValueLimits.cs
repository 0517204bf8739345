using System.Globalization;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Web.Localization;

namespace HealthDashboard.Web.Features.DataValues;

/// <summary>
/// The catalog's limits on a value, each with its message in both languages (numbers written as each language writes
/// them): what can be stored exactly, the element's plausible range, the kinds of unit it is reported at. Shared by
/// the one write path (<see cref="DataValueCheck"/>) and the report form's check as one types, so both refuse alike.
/// </summary>
public static class ValueLimits
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo(SupportedCultures.Vietnamese);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo(SupportedCultures.English);

    /// <summary>
    /// A number written as not zero that reads as 0 ("1e-400" underflows) or as a subnormal double would be stored as
    /// something else than was meant; "0", "0.0" and "0e5" are zero as written and pass.
    /// </summary>
    public static (string Vi, string En)? Unrepresentable(string text, double value) =>
        (value == 0 ? WrittenAsNonZero(text) : !double.IsNormal(value))
            ? ($"'{text}' quá gần 0 để lưu đúng như đã viết: nhập 0 nếu không có.", $"'{text}' is too close to zero to be stored as written: enter 0 if there is none.")
            : null;

    public static (string Vi, string En)? OutOfRange(DataElement element, string text, double value)
    {
        if (element.Range.Contains(value))
        {
            return null;
        }

        var (min, max) = (element.Range.Min, element.Range.Max);
        return ($"{element.Code} nhận giá trị từ {Format(min, Vietnamese)} đến {Format(max, Vietnamese)}, không phải {text}.",
            $"{element.Code} takes values from {Format(min, English)} to {Format(max, English)}, not {text}.");
    }

    /// <summary>A value at a kind of unit the element is not reported at would be added into the parents' totals as if it were.</summary>
    public static (string Vi, string En)? WrongKind(DataElement element, OrgUnit unit)
    {
        if (element.IsReportedAt(unit.Kind))
        {
            return null;
        }

        var allowed = element.ReportedAt.Kinds.Select(OrgUnitKindWords.Of).ToList();
        var (vi, en) = OrgUnitKindWords.Of(unit.Kind);
        return ($"{element.Code} chỉ được báo cáo ở {string.Join(" hoặc ", allowed.Select(k => k.Vi))}, không ở {unit.Code} ({vi}).",
            $"{element.Code} is reported at a {string.Join(" or a ", allowed.Select(k => k.En.ToLowerInvariant()))} only, not at {unit.Code} (a {en.ToLowerInvariant()}).");
    }

    private static bool WrittenAsNonZero(string text)
    {
        var exponent = text.IndexOfAny(['e', 'E']);
        return (exponent < 0 ? text : text[..exponent]).Any(c => c is >= '1' and <= '9');
    }

    private static string Format(double value, CultureInfo culture) => value.ToString("#,0.##", culture);
}
