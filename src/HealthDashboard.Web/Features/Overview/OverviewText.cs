using System.Globalization;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Status;
using HealthDashboard.Web.Localization;
using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Overview;

/// <summary>The overview's words (spec/glossary.md) and how it writes periods and units in the current culture.</summary>
public sealed class OverviewText
{
    public string Indicators => Pick("Chỉ tiêu", "Indicators");
    public string WithTarget => Pick("Chỉ tiêu có mục tiêu", "Indicators with a target");
    public string WithoutTarget => Pick("Chỉ tiêu khác", "Other indicators");
    public string Target => Pick("Mục tiêu", "Target");
    public string Plan => Pick("Kế hoạch", "Plan");
    public string Achieved => Pick("Đạt", "Achieved");
    public string NotMet => Pick("Chưa đạt", "Not met");
    public string NoData => Pick("Chưa có dữ liệu", "No data");
    public string NoTarget => Pick("Chưa có mục tiêu", "No target set");
    public string Numerator => Pick("Tử số", "Numerator");
    public string Denominator => Pick("Mẫu số", "Denominator");
    public string Unstable => Pick("Số nhỏ, không ổn định", "Few events: unstable");
    public string Interval95(string low, string high) => Pick($"KTC 95 %: {low} – {high}", $"95 % CI: {low} – {high}");
    public string YearToDateHint => Pick("Năm chưa hết hạn báo cáo: số liệu lũy kế từ đầu năm đến tháng ghi bên cạnh.",
        "The year's reports are not all due: figures are year to date, through the month named.");
    public string Trend => Pick("Xu hướng theo năm", "Trend by year");

    public string Updated => Pick("Cập nhật", "Updated");
    public string AllPlans => Pick("Tất cả kế hoạch", "All plans");
    public string LatestYear => Pick("Năm gần nhất", "Latest year");
    public string Year => Pick("Năm", "Year");
    public string PeriodType => Pick("Kỳ báo cáo", "Period type");
    public string ByYear => Pick("Theo năm", "By year");
    public string ByQuarter => Pick("Theo quý", "By quarter");
    public string ByMonth => Pick("Theo tháng", "By month");
    public string CountedThrough => Pick("Số liệu tính đến", "Figures counted through");
    /// <summary>The default: "Tháng 10/2026 (đã hết hạn báo cáo)".</summary>
    public string ThroughDue(Period month) => Pick($"{PeriodFormatter.Format(month, CultureInfo.CurrentCulture)} (đã hết hạn báo cáo)", $"{PeriodFormatter.Format(month, CultureInfo.CurrentCulture)} (all reports due)");
    /// <summary>With the months still being reported: "Tháng 12/2026 (gồm tháng đang báo cáo)".</summary>
    public string ThroughArriving(Period month) => Pick($"{PeriodFormatter.Format(month, CultureInfo.CurrentCulture)} (gồm tháng đang báo cáo)", $"{PeriodFormatter.Format(month, CultureInfo.CurrentCulture)} (with months still being reported)");
    public string FilterIgnored => Pick("Bỏ qua bộ lọc không hợp lệ:", "Ignored a filter that makes no sense:");
    public string FilterName(string query) => query switch
    {
        "plan" => Pick("kế hoạch không có trong danh mục", "a plan that is not in the catalog"),
        "year" => Pick($"năm phải từ {OverviewService.FirstYear} đến năm nay", $"the year must be from {OverviewService.FirstYear} to this year"),
        "arriving" => Pick("tính đến chỉ là 0 hoặc 1", "arriving is 0 or 1"),
        _ => Pick("kỳ báo cáo chỉ là tháng, quý hoặc năm", "the period type is month, quarter or year"),
    };
    public string TargetFor(int year) => Pick($"Mục tiêu {year}", $"Target {year}");
    /// <summary>How a target a status was judged against is named: "Mục tiêu 2030", or after the plan's last target year "Mục tiêu cuối của kế hoạch (2020)".</summary>
    public string TargetLabel(Target target, StatusBasis basis) =>
        basis == StatusBasis.AfterLastTarget ? LastTargetFor(target.Year) : TargetFor(target.Year);
    public string LastTargetFor(int year) => Pick($"Mục tiêu cuối của kế hoạch ({year})", $"The plan's last target ({year})");
    /// <summary>Whose figure a tile shows when it is not the page's unit's: "Số liệu cấp tỉnh: An Giang".</summary>
    public string FiguresOf(OrgUnit unit) => unit.Kind == OrgUnitKind.Province
        ? Pick($"Số liệu cấp tỉnh: {unit.NameVi}", $"Province figure: {unit.NameEn}")
        : Pick($"Số liệu của {unit.NameVi}", $"Figure of {unit.NameEn}");
    public string PathFor(int year) => Pick($"Lộ trình năm {year}", $"Path for {year}");

    /// <summary>When the figures were aggregated, in Vietnam's time (the plans' and the users' clock), and which version.</summary>
    public string ComputedAt(DateTimeOffset at, long version)
    {
        var local = TimeZoneInfo.ConvertTime(at, VietnamTime).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
        return Pick($"Số liệu tổng hợp lúc {local} (phiên bản {version})", $"Aggregated at {local} (version {version})");
    }

    private static readonly TimeZoneInfo VietnamTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <summary>"Năm 2025"; for the current year "Năm 2026, đến Tháng 11/2026", since the figure is year to date.</summary>
    /// <summary>Under a figure whose last month's reports are still arriving: which month, until when, and what it means.</summary>
    public string StillArriving(Period period, DateOnly due)
    {
        var name = PeriodFormatter.Format(period, CultureInfo.CurrentCulture);
        var day = DayText.Of(due);
        return Pick($"Báo cáo {name} hạn đến {day}: số liệu có thể chưa đủ.", $"Reports for {name} are due by {day}: figures may be incomplete.");
    }

    public string PeriodOf(IndicatorTile tile)
    {
        if (tile.ShownPeriod is { } shown)
        {
            return PeriodFormatter.Format(shown, CultureInfo.CurrentCulture);
        }

        if (tile.Year is not { } year)
        {
            return NoData;
        }

        return PeriodFormatter.YearThrough(year, tile.ThroughMonth, CultureInfo.CurrentCulture);
    }

    /// <summary>The catalog's unit as people read it here: "/10.000" is "/10.000 dân", "years" is "năm".</summary>
    public string Unit(string unit) => unit switch
    {
        "years" => Pick("năm", "years"),
        "xã" => Pick("xã", "communes"),
        "/10.000" => Pick("/10.000 dân", "per 10,000"),
        "lượt/người/năm" => Pick("lượt/người/năm", "visits/person/year"),
        _ => unit,
    };

    public string Number(double value, int decimals) =>
        value.ToString("N" + Math.Clamp(decimals, 0, 10).ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture);

    /// <summary>A count or a target: no trailing zeros ("95", "6,5"), thousands grouped.</summary>
    public string Amount(double value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);
}
