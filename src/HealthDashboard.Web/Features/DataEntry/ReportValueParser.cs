using System.Globalization;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Web.Features.DataValues;

namespace HealthDashboard.Web.Features.DataEntry;

/// <summary>
/// Reads what a person typed into a field in their own culture ("1.234" is a thousand and more in Vietnamese,
/// "1,234" in English) and says in both languages what is wrong with it.
/// </summary>
public static class ReportValueParser
{
    public static (double? Value, (string Vi, string En)? Problem) Parse(string? text, DataElement element, CultureInfo culture)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return (null, null);
        }

        if (!double.TryParse(trimmed, NumberStyles.Number, culture, out var value) || !double.IsFinite(value))
        {
            return (null, ($"'{trimmed}' không phải là số.", $"'{trimmed}' is not a number."));
        }

        if (value < 0)
        {
            return (null, ("Không được âm.", "Cannot be negative."));
        }

        // The write path's own limits and words, so the field says what a save would be refused for.
        if (ValueLimits.Unrepresentable(trimmed, value) is { } tiny)
        {
            return (null, tiny);
        }

        return element.ValueType switch
        {
            ElementValueType.Integer when value != Math.Floor(value) => (null, ("Phải là số nguyên.", "Must be a whole number.")),
            ElementValueType.Boolean when value is not (0 or 1) => (null, ("Chỉ nhận Có hoặc Không.", "Only Yes or No.")),
            _ => ValueLimits.OutOfRange(element, trimmed, value) is { } outside ? (null, outside) : (value, null),
        };
    }

    /// <summary>A stored value as the field shows it: grouped digits in the person's culture.</summary>
    public static string Format(double? value, CultureInfo culture) =>
        value is not { } v ? "" : v == Math.Floor(v) ? v.ToString("#,0", culture) : v.ToString("#,0.##", culture);
}
