using HealthDashboard.Domain.Periods;
using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Station;

/// <summary>The station profile's words (spec/glossary.md).</summary>
public sealed class StationText
{
    public string MonthlyReport => Pick("Báo cáo tháng", "Monthly report");

    public string Title => Pick("Hồ sơ trạm y tế xã", "Commune health station profile");
    public string Staff => Pick("Nhân lực", "Staff");
    public string Services => Pick("Tiêu chí và dịch vụ", "Criteria and services");
    public string Reporting => Pick("Báo cáo tháng", "Monthly reports");
    public string Yes => Pick("Có", "Yes");
    public string No => Pick("Không", "No");
    public string NoData => Pick("Chưa có dữ liệu", "No data");
    public string Missed => Pick("Tháng thiếu báo cáo", "Months without a report");

    public string Label(string key) => key switch
    {
        "DOCTORS" => Pick("Bác sĩ", "Doctors"),
        "NURSES" => Pick("Điều dưỡng", "Nurses"),
        "STATION_MIDWIFE" => Pick("Có nữ hộ sinh hoặc y sỹ sản nhi", "Midwife or obstetric-paediatric assistant doctor"),
        "STATION_PHARMACY" => Pick("Có cán bộ dược", "Pharmacy staff"),
        "STATION_TRAD_MED" => Pick("Có cán bộ y học cổ truyền", "Traditional-medicine staff"),
        "COMMUNE_CRIT_MET" => Pick("Đạt Bộ tiêu chí quốc gia về y tế xã", "Meets the national commune health criteria"),
        "TECH_SERVICES_CHS" => Pick("Thực hiện danh mục kỹ thuật tuyến xã", "Commune-level technical service list performed"),
        "STATION_NCD" => Pick("Dự phòng, quản lý bệnh không lây nhiễm", "Non-communicable disease (NCD) programme"),
        "ESSENTIAL_DRUGS_CHS" => Pick("Danh mục thuốc tuyến xã có sẵn", "Commune medicines list available"),
        _ => key,
    };

    public string ReportsReceived(int received, int expected, Period from, Period to) =>
        Pick($"{received}/{expected} tháng có báo cáo ({Format(from)} – {Format(to)})", $"{received} of {expected} months reported ({Format(from)} – {Format(to)})");

    public static string Format(Period period) => PeriodFormatter.Format(period, System.Globalization.CultureInfo.CurrentCulture);
}
