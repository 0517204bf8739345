using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.Export;

namespace HealthDashboard.Web.Features.Import;

/// <summary>
/// The .xlsx template offered on /import: an empty "data" sheet with our columns (the sheet an import reads, so no
/// example row there could be imported by mistake), then a guide sheet with the columns (and the optional
/// <c>deleted</c> one, left out of the data sheet so a plain file stays a plain file) and every data element's code.
/// </summary>
public static class ImportTemplate
{
    public const string FileName = "mau-nhap-lieu.xlsx";

    public static byte[] Write(IndicatorCatalog catalog)
    {
        var data = new ExportTable("data", ["data_element", "org_unit", "period", "value", "comment"], []);
        var guide = new List<IReadOnlyList<object?>>
        {
            Row("data_element", "Mã phần tử dữ liệu (bảng dưới)", "Data element code (table below)"),
            Row("org_unit", "Mã đơn vị, ví dụ AG_LXU_04_TYT", "Org unit code, e.g. AG_LXU_04_TYT"),
            Row("period", "Kỳ: 202401 (tháng), 2024Q1 (quý), 2024 (năm)", "Period: 202401 (month), 2024Q1 (quarter), 2024 (year)"),
            Row("value", "Số, dấu chấm thập phân (12.5); 0/1 cho có/không", "A number with a decimal point (12.5); 0/1 for yes/no"),
            Row("comment", "Ghi chú (không bắt buộc)", "Comment (optional)"),
            Row("deleted", "Cột thêm, không bắt buộc: true để xoá giá trị đã lưu (value để trống)",
                "An extra, optional column: true deletes the stored value (value left empty)"),
            Row(null, null, null),
        };
        guide.AddRange(catalog.Elements.OrderBy(e => e.Code, StringComparer.Ordinal).Select(e => (IReadOnlyList<object?>)
            [e.Code, e.NameVi, e.NameEn, PeriodName(e.PeriodType), e.ValueType.ToString().ToLowerInvariant()]));
        return XlsxExport.Write([data, new ExportTable("huong-dan (guide)", ["cột / mã (column / code)", "tiếng Việt", "English", "kỳ (period)", "kiểu (type)"], guide)]);
    }

    private static IReadOnlyList<object?> Row(string? a, string? b, string? c) => [a, b, c, null, null];

    private static string PeriodName(PeriodType type) => type switch
    {
        PeriodType.Month => "202401",
        PeriodType.Quarter => "2024Q1",
        _ => "2024",
    };
}
