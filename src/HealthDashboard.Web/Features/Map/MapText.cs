using System.Globalization;
using System.Net;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Status;
using HealthDashboard.Web.Features.Status;
using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Map;

/// <summary>The map's words (spec/glossary.md) and numbers in the current culture (decimal comma in Vietnamese).</summary>
public sealed class MapText
{
    public string Map => Pick("Bản đồ", "Map");
    public string Indicator => Pick("Chỉ tiêu", "Indicator");
    public string Level => Pick("Cấp hiển thị", "Areas");
    public string Districts => Pick("Huyện", "Districts");
    public string Communes => Pick("Xã", "Communes");
    public string Year => Pick("Năm", "Year");
    public string Play => Pick("Phát theo năm", "Play through the years");
    public string Pause => Pick("Tạm dừng", "Pause");
    public string Legend => Pick("Chú giải", "Legend");
    public string Status => Pick("Trạng thái", "Status");
    public string Value => Pick("Giá trị", "Value");
    public string Area => Pick("Đơn vị", "Area");
    public string NoData => Pick("Chưa có dữ liệu", "No data");
    public string NoTarget => Pick("Chưa có mục tiêu", "No target set");
    public string Target => Pick("Mục tiêu", "Target");
    public string Expected => Pick("Theo lộ trình", "On the roadmap");
    public string Numerator => Pick("Tử số", "Numerator");
    public string Denominator => Pick("Mẫu số", "Denominator");
    public string Unstable => Pick("Số nhỏ, không ổn định", "Few events: unstable");
    public string Interval95 => Pick("KTC 95 %", "95 % CI");
    public string DataTable => Pick("Bảng số liệu", "Data table");
    public string BandsHint => Pick("Màu theo mức cố định: đến 80 %, đến 99,9 % và 100 % (đủ mọi báo cáo).", "Colours are fixed bands: up to 80 %, up to 99.9 % and 100 % (every report in).");
    public string QuantileHint => Pick("Chưa có mục tiêu cho các đơn vị này: màu theo tứ phân vị giá trị.", "No target is set for these areas: colours are quartiles of the values.");
    public string NothingToShow => Pick(
        "Không đơn vị nào có số liệu của chỉ tiêu này trong năm. Chỉ tiêu thống kê (như tuổi thọ) chỉ có ở cấp tỉnh.",
        "No area has a figure for this indicator in this year. Statistics (such as life expectancy) exist for provinces only.");

    public string ClickHint => Pick("Bấm vào một đơn vị để xem chi tiết.", "Click an area to open it.");
    public string LoadFailed => Pick("Không tải được bản đồ. Vui lòng thử lại sau ít phút.", "The map could not be loaded. Please try again in a few minutes.");
    public string BadQuery => Pick("Không mở được bản đồ với địa chỉ này", "This map address cannot be shown");
    public string OpenDefault => Pick("Mở bản đồ mặc định", "Open the default map");

    public string UnstableNote(int count) => Pick(
        $"{count} đơn vị số nhỏ (viền đậm): dưới {Domain.Aggregation.Stability.MinEvents} ca hoặc mẫu số nhỏ, tỷ lệ không ổn định; di chuột để xem khoảng tin cậy 95 %.",
        $"{count} areas with few events (bold outline): under {Domain.Aggregation.Stability.MinEvents} events or a small denominator, so the rate is unstable; hover for the 95 % interval.");

    public string MissingShapes(int count) => Pick($"{count} đơn vị chưa có ranh giới nên không hiện trên bản đồ.", $"{count} areas have no boundary and are not drawn.");

    public string LevelName(MapLevel level) => level == MapLevel.District ? Districts : Communes;

    public string YearLabel(int year) => PeriodFormatter.Format(Period.OfYear(year), CultureInfo.CurrentCulture);

    /// <summary>The map's period: a month, a whole year, or a year counted through its last month whose reports are all due.</summary>
    public string PeriodLabel(MapFigures figures) => figures.Request.Month is { } month
        ? PeriodFormatter.Format(month, CultureInfo.CurrentCulture)
        : PeriodFormatter.YearThrough(figures.Request.Year, figures.Through, CultureInfo.CurrentCulture);

    public string StatusName(string key) =>
        key == MapLegendEntry.NoTargetKey ? NoTarget
        : TargetStatusNames.TryParse(key, out var status) ? PlanStatusText.Name(status)
        : NoData;

    public string StatusName(TargetStatus status) => StatusName(MapClassifier.KeyOf(status));

    /// <summary>A legend line: the status, or the value range of a quantile class ("≤ 85,2 %", "85,2 – 90,1 %", "> 93 %").</summary>
    public string LegendLabel(MapLegendEntry entry, Indicator indicator) => (entry.Low, entry.High) switch
    {
        _ when !entry.Key.StartsWith('q') => StatusName(entry.Key),
        (null, null) => Pick("Mọi giá trị", "All values"),
        (null, { } high) => $"≤ {Number(high, indicator.Decimals)}{UnitSuffix(indicator)}",
        ({ } low, null) => $"> {Number(low, indicator.Decimals)}{UnitSuffix(indicator)}",
        ({ } low, { } high) => $"{Number(low, indicator.Decimals)} – {Number(high, indicator.Decimals)}{UnitSuffix(indicator)}",
    };

    public string Number(double value, int decimals) =>
        value.ToString("N" + Math.Clamp(decimals, 0, 10).ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture);

    public string Amount(double value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);

    /// <summary>The value with its unit: "87,3%", "12,5‰", "9,8 /10.000 dân".</summary>
    public string ValueWithUnit(double value, Indicator indicator) => Number(value, indicator.Decimals) + UnitSuffix(indicator);

    public string TargetText(Target target, Indicator indicator) =>
        $"{ComparatorSymbols.ToDisplay(target.Comparator)} {Amount(target.Value)}{UnitSuffix(indicator)} ({target.Year})";

    public string UnitSuffix(Indicator indicator) => indicator.Unit switch
    {
        "%" or "‰" or "" => indicator.Unit,
        "years" => " " + Pick("năm", "years"),
        "xã" => " " + Pick("xã", "communes"),
        "/10.000" => " " + Pick("/10.000 dân", "per 10,000"),
        "lượt/người/năm" => " " + Pick("lượt/người/năm", "visits/person/year"),
        var unit => " " + unit,
    };

    /// <summary>Text for plotly's hover, which reads a little HTML: names are escaped.</summary>
    public static string Html(string text) => WebUtility.HtmlEncode(text);
}
