namespace HealthDashboard.Domain.Quality;

/// <summary>
/// The part ≤ whole rules of a station's report. Both sides of each are reported for the same period type, so the
/// rule compares values of one period.
/// </summary>
public static class PairRules
{
    public static readonly IReadOnlyList<PairRule> All =
    [
        new("IMM_FULL_LE_U1", "U1_FULL_IMM", "U1_TARGET",
            "Trẻ tiêm chủng đầy đủ không được nhiều hơn trẻ dưới 1 tuổi", "Fully immunised children cannot exceed children under 1"),
        new("TT_LE_PREG", "PREG_TT", "PREG",
            "Phụ nữ có thai tiêm uốn ván không được nhiều hơn phụ nữ có thai", "Pregnant women vaccinated cannot exceed pregnant women"),
        new("DEATHS_U1_LE_U5", "DEATHS_U1", "DEATHS_U5",
            "Tử vong dưới 1 tuổi không được nhiều hơn tử vong dưới 5 tuổi", "Deaths under 1 cannot exceed deaths under 5"),
        new("DEATHS_U5_LE_ALL", "DEATHS_U5", "DEATHS",
            "Tử vong dưới 5 tuổi không được nhiều hơn tổng số tử vong", "Deaths under 5 cannot exceed all deaths"),
        new("THIRD_LE_BIRTHS", "BIRTHS_3RD", "LIVE_BIRTHS",
            "Trẻ sinh con thứ 3 trở lên không được nhiều hơn trẻ đẻ sống", "Third or later births cannot exceed live births"),
        new("ANC4_LE_ANC3", "ANC4_WOMEN", "ANC3_WOMEN",
            "Khám thai ≥ 4 lần không được nhiều hơn khám thai ≥ 3 lần", "Women with ≥ 4 antenatal visits cannot exceed those with ≥ 3"),
        new("ANC3_LE_DELIVERIES", "ANC3_WOMEN", "DELIVERIES",
            "Khám thai ≥ 3 lần không được nhiều hơn số phụ nữ đẻ", "Women with ≥ 3 antenatal visits cannot exceed women giving birth"),
        new("STUNTED_LE_MEASURED", "U5_STUNTED", "U5_MEASURED",
            "Trẻ thấp còi không được nhiều hơn trẻ được đo", "Stunted children cannot exceed children measured"),
        new("UNDERWT_LE_WEIGHED", "U5_UNDERWT", "U5_WEIGHED",
            "Trẻ nhẹ cân không được nhiều hơn trẻ được cân", "Underweight children cannot exceed children weighed"),
        new("INSURED_LE_POP", "HI_INSURED", "POP",
            "Người có BHYT không được nhiều hơn dân số", "People insured cannot exceed the population"),
        new("MANAGED_LE_POP", "HEALTH_MANAGED", "POP",
            "Người được quản lý sức khỏe không được nhiều hơn dân số", "People with a managed health record cannot exceed the population"),
        new("EHR_LE_POP", "EHR_PEOPLE", "POP",
            "Người có hồ sơ sức khỏe điện tử không được nhiều hơn dân số", "People with an electronic record cannot exceed the population"),
        new("VISITS_INS_LE_VISITS", "PC_VISITS_INS", "PC_VISITS",
            "Lượt khám BHYT chi trả không được nhiều hơn tổng lượt khám", "Visits paid by insurance cannot exceed all visits"),
        new("VILLAGES_HW_LE_VILLAGES", "VILLAGES_HW", "VILLAGES",
            "Thôn có nhân viên y tế không được nhiều hơn số thôn", "Villages with a health worker cannot exceed villages"),
        new("DRUGS_LE_LISTED", "DRUGS_AVAILABLE", "DRUGS_LISTED",
            "Thuốc có sẵn không được nhiều hơn thuốc trong danh mục", "Medicines available cannot exceed medicines listed"),
        new("TECH_LE_LIST", "TECH_CHS_DONE", "TECH_CHS_LIST",
            "Kỹ thuật đã thực hiện không được nhiều hơn danh mục", "Techniques performed cannot exceed the list"),
        new("DONE_LE_DUE", "REPORT_DONE", "REPORT_DUE",
            "Báo cáo hoàn thành không được nhiều hơn báo cáo phải nộp", "Reports completed cannot exceed reports due"),
        new("ON_TIME_LE_DONE", "REPORT_ON_TIME", "REPORT_DONE",
            "Báo cáo đúng hạn không được nhiều hơn báo cáo hoàn thành", "Reports on time cannot exceed reports completed"),
    ];

    /// <summary>The rules in which <paramref name="elementCode"/> takes part, on either side.</summary>
    public static IEnumerable<PairRule> Involving(string elementCode) =>
        All.Where(r => string.Equals(r.PartElement, elementCode, StringComparison.OrdinalIgnoreCase)
            || string.Equals(r.WholeElement, elementCode, StringComparison.OrdinalIgnoreCase));
}
