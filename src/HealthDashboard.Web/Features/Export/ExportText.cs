using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Export;

/// <summary>The exports' column headers and words, in the reader's language (the culture cookie the page set).</summary>
public static class ExportText
{
    public static string Indicator => Pick("Mã chỉ tiêu", "Indicator code");
    public static string IndicatorName => Pick("Chỉ tiêu", "Indicator");
    public static string UnitCode => Pick("Mã đơn vị", "Unit code");
    public static string UnitName => Pick("Đơn vị", "Org unit");
    public static string Role => Pick("Vai trò", "Role");
    public static string Period => Pick("Kỳ", "Period");
    public static string Rank => Pick("Hạng", "Rank");

    /// <summary>Numbers are written with a decimal point whatever the language; the header says so.</summary>
    public static string Value => Pick("Giá trị (dấu chấm thập phân)", "Value (decimal point)");

    public static string Numerator => Pick("Tử số", "Numerator");
    public static string Denominator => Pick("Mẫu số", "Denominator");
    public static string Unstable => Pick("Số nhỏ, không ổn định", "Unstable (few events)");
    public static string IntervalLow => Pick("KTC 95% dưới", "95% CI low");
    public static string IntervalHigh => Pick("KTC 95% trên", "95% CI high");
    public static string Status => Pick("Tình trạng", "Status");
    public static string Target => Pick("Mục tiêu", "Target");
    public static string Unit => Pick("Đơn vị tính", "Unit of measure");
    public static string Yes => Pick("có", "yes");
    public static string No => Pick("không", "no");

    public static string YesNo(bool value) => value ? Yes : No;
}
