using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.DataEntry;

/// <summary>The data menu's words: where officers enter, import and check data.</summary>
public sealed class DataNavText
{
    public string Menu => Pick("Dữ liệu", "Data");
    public string Reports => Pick("Báo cáo tháng", "Monthly reports");
    public string Import => Pick("Nhập tệp", "Import");
    public string Quality => Pick("Chất lượng dữ liệu", "Data quality");
}
