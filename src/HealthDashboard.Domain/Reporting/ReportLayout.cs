namespace HealthDashboard.Domain.Reporting;

/// <summary>
/// The monthly report of a commune health station, section by section. Quarterly and yearly figures sit in the
/// section they belong to and are stored for their quarter or year, so the month that enters them last wins.
/// The reporting elements (due, done, on time) are not fields: marking the report complete sets them. Every field is an
/// element reported at a station (hospital beds are the district health centre's, not on this form).
/// </summary>
public static class ReportLayout
{
    public static readonly IReadOnlyList<ReportSection> Sections =
    [
        new("population", "Dân số và bảo hiểm y tế", "Population and insurance", ["POP", "HI_INSURED", "HEALTH_MANAGED", "EHR_PEOPLE"]),
        new("births", "Sinh và tử vong", "Births and deaths",
            ["LIVE_BIRTHS", "DELIVERIES", "BIRTHS_3RD", "ANC3_WOMEN", "ANC4_WOMEN", "DEATHS_U1", "DEATHS_U5", "DEATHS"]),
        new("immunisation", "Tiêm chủng", "Immunisation", ["U1_TARGET", "U1_FULL_IMM", "PREG", "PREG_TT"]),
        new("nutrition", "Dinh dưỡng", "Nutrition", ["U5_MEASURED", "U5_STUNTED", "U5_WEIGHED", "U5_UNDERWT"]),
        new("staff", "Nhân lực và cơ sở vật chất", "Staff and facilities",
            ["STATIONS", "STATION_DOCTOR", "STATION_MIDWIFE", "STATION_PHARMACY", "STATION_TRAD_MED", "DOCTORS", "NURSES",
             "PHARMACISTS", "VILLAGES", "VILLAGES_HW", "DRUGS_LISTED", "DRUGS_AVAILABLE"]),
        new("services", "Dịch vụ", "Services",
            ["PC_VISITS", "PC_VISITS_INS", "OP_VISITS", "RESPONDENTS", "SATISFIED", "TECH_CHS_LIST", "TECH_CHS_DONE"]),
        new("ncd", "Bệnh không lây nhiễm và HIV", "NCD and HIV", ["STATION_NCD", "HIV_MANAGED_PEOPLE"]),
    ];

    /// <summary>The elements a mark of completion sets, never typed.</summary>
    public static readonly IReadOnlyList<string> CompletionElements = ["REPORT_DUE", "REPORT_DONE", "REPORT_ON_TIME"];
}
