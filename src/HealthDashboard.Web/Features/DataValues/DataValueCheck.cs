using System.Globalization;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Web.Features.DataValues;

/// <summary>The checks of one value, each adding its problem to the value's list.</summary>
internal sealed class DataValueCheck(int index, DataValueInput input, List<DataValueProblem> found)
{
    public DataElement? Element(IReadOnlyDictionary<string, DataElement> elements)
    {
        if (string.IsNullOrWhiteSpace(input.DataElement))
        {
            return Add<DataElement>("dataElement", "Thiếu mã phần tử dữ liệu.", "dataElement is missing.");
        }

        return elements.GetValueOrDefault(input.DataElement.Trim())
            ?? Add<DataElement>("dataElement", $"Không có phần tử dữ liệu mã '{input.DataElement}'.", $"No data element has the code '{input.DataElement}'.");
    }

    public OrgUnit? Unit(OrgUnitTree units)
    {
        if (string.IsNullOrWhiteSpace(input.OrgUnit))
        {
            return Add<OrgUnit>("orgUnit", "Thiếu mã đơn vị.", "orgUnit is missing.");
        }

        return units.Find(input.OrgUnit.Trim())
            ?? Add<OrgUnit>("orgUnit", $"Không có đơn vị mã '{input.OrgUnit}'.", $"No org unit has the code '{input.OrgUnit}'.");
    }

    /// <summary>A value only at the kinds of unit the element is reported at.</summary>
    public void ReportedAt(DataElement? element, OrgUnit? unit)
    {
        if (element is not null && unit is not null && ValueLimits.WrongKind(element, unit) is (var vi, var en))
        {
            Add<OrgUnit>("orgUnit", vi, en);
        }
    }

    public Period? Period(DataElement? element, OrgUnit? unit, Period currentMonth)
    {
        if (string.IsNullOrWhiteSpace(input.Period))
        {
            return AddNone<Period>("period", "Thiếu kỳ báo cáo.", "period is missing.");
        }

        if (!Domain.Periods.Period.TryParse(input.Period, out var period))
        {
            return AddNone<Period>("period", $"'{input.Period}' không phải là kỳ báo cáo: dùng 202401 (tháng), 2024Q1 (quý) hoặc 2024 (năm).",
                $"'{input.Period}' is not a period: use 202401 (month), 2024Q1 (quarter) or 2024 (year).");
        }

        if (element is not null && period.Type != element.PeriodType)
        {
            var (vi, en, example) = Describe(element.PeriodType);
            return AddNone<Period>("period", $"{element.Code} được báo cáo theo {vi}: dùng kỳ dạng {example}, không phải '{period}'.",
                $"{element.Code} is reported {en}: use a period like {example}, not '{period}'.");
        }

        if (period.Start > currentMonth.End)
        {
            return AddNone<Period>("period", $"Kỳ {period} chưa tới (tháng này là {currentMonth}).", $"Period {period} is in the future (this month is {currentMonth}).");
        }

        if (unit is not null && (period.End < unit.ValidFrom || (unit.ValidTo is { } to && period.Start > to)))
        {
            return AddNone<Period>("period", $"Đơn vị {unit.Code} không tồn tại trong kỳ {period}.", $"Org unit {unit.Code} did not exist in period {period}.");
        }

        return period;
    }

    /// <summary>Whether the input asks for a deletion; null (and a problem) when <c>deleted</c> is neither true nor false.</summary>
    public bool? Deleted()
    {
        var text = input.Deleted?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        return bool.TryParse(text, out var deleted) ? deleted
            : AddNone<bool>("deleted", $"deleted phải là true hoặc false, không phải '{input.Deleted}'.", $"deleted must be true or false, not '{input.Deleted}'.");
    }

    public double? Value(DataElement? element)
    {
        var text = input.Value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return AddNone<double>("value", "Thiếu giá trị.", "value is missing.");
        }

        double value;
        if (element?.ValueType == ElementValueType.Boolean && bool.TryParse(text, out var flag))
        {
            value = flag ? 1 : 0;
        }
        else if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            return AddNone<double>("value", $"'{input.Value}' không phải là số.", $"'{input.Value}' is not a number.");
        }

        // Every element of the catalog counts or measures something that cannot be below zero.
        if (value < 0)
        {
            return AddNone<double>("value", $"Giá trị không được âm ({text}).", $"Values cannot be negative ({text}).");
        }

        if (ValueLimits.Unrepresentable(text, value) is (var tinyVi, var tinyEn))
        {
            return AddNone<double>("value", tinyVi, tinyEn);
        }

        return element?.ValueType switch
        {
            ElementValueType.Integer when value != Math.Floor(value) =>
                AddNone<double>("value", $"{element.Code} nhận số nguyên, không phải {text}.", $"{element.Code} takes whole numbers, not {text}."),
            ElementValueType.Boolean when value is not (0 or 1) =>
                AddNone<double>("value", $"{element.Code} chỉ nhận 0 hoặc 1 (true/false), không phải {text}.", $"{element.Code} takes 0 or 1 (or true/false), not {text}."),
            _ when element is not null && ValueLimits.OutOfRange(element, text, value) is (var vi, var en) => AddNone<double>("value", vi, en),
            _ => value,
        };
    }

    public void Comment(int maxLength)
    {
        if (input.Comment is { Length: > 0 } comment && comment.Length > maxLength)
        {
            Add<string>("comment", $"Ghi chú dài tối đa {maxLength} ký tự.", $"A comment may be at most {maxLength} characters long.");
        }
    }

    private static (string Vi, string En, string Example) Describe(PeriodType type) => type switch
    {
        PeriodType.Month => ("tháng", "monthly", "202401"),
        PeriodType.Quarter => ("quý", "quarterly", "2024Q1"),
        _ => ("năm", "yearly", "2024"),
    };

    private T? Add<T>(string field, string vi, string en) where T : class
    {
        found.Add(new DataValueProblem(index, field, vi, en));
        return null;
    }

    private T? AddNone<T>(string field, string vi, string en) where T : struct
    {
        found.Add(new DataValueProblem(index, field, vi, en));
        return null;
    }
}
