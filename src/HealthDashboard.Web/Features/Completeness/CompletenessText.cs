using System.Globalization;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Localization;
using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Completeness;

/// <summary>The words of the completeness section and wall slide, in Vietnamese and English.</summary>
public sealed class CompletenessText
{
    public string Title => Pick("Báo cáo tháng của trạm y tế", "Monthly reports of health stations");
    public string Month => Pick("Tháng báo cáo", "Report month");
    public string Show => Pick("Tô màu theo", "Colour by");
    public string Completeness => Pick("Tỷ lệ báo cáo đầy đủ", "Reporting completeness");
    public string Timeliness => Pick("Tỷ lệ báo cáo đúng hạn", "Reporting timeliness");
    public string NotReported => Pick("Chưa báo cáo", "Not reported");
    public string Late => Pick("Báo cáo trễ hạn", "Reported late");
    public string Station => Pick("Trạm y tế", "Health station");
    public string District => Pick("Huyện", "District");
    public string DueDate => Pick("Hạn nộp", "Due");
    public string DaysLate => Pick("Số ngày trễ", "Days late");
    public string NotYetDue => Pick("chưa đến hạn", "not yet due");
    public string AllReported => Pick("Mọi trạm đã báo cáo tháng này.", "Every station has reported for this month.");
    public string NoneLate => Pick("Không có báo cáo trễ hạn.", "No report came late.");
    public string NothingDue => Pick("Chưa có báo cáo nào phải nộp cho tháng này.", "No report is due for this month yet.");
    public string OpenForm => Pick("Mở biểu mẫu", "Open form");
    public string UnitMissing(string code) => Pick($"Không có đơn vị “{code}”.", $"No org unit “{code}”.");
    public string WallTitle(string unit, string month) => Pick($"Báo cáo tháng: {unit} — {month}", $"Monthly reports: {unit} — {month}");
    public string DaysLateShort(int days) => days > 0 ? Pick($"trễ {days} ngày", $"{days} days late") : NotYetDue;
    public string AndMore(int more) => Pick($"… và {more} trạm khác", $"… and {more} more stations");

    public string Summary(int done, int due, int onTime) =>
        Pick($"{done}/{due} trạm đã báo cáo · {onTime} đúng hạn", $"{done} of {due} stations reported · {onTime} on time");

    public string DeadlineOf(DateOnly deadline) => Pick($"Hạn nộp: hết ngày {DayText.Of(deadline)}", $"Due by the end of {DayText.Of(deadline)}");

    public static string MonthName(Period month) => PeriodFormatter.Format(month, CultureInfo.CurrentCulture);

    public static string Percent(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.CurrentCulture) + " %" : "—";
}
