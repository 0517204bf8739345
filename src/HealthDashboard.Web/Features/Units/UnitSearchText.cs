using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Units;

/// <summary>The unit search box's words.</summary>
public sealed class UnitSearchText
{
    public string Placeholder => Pick("Tìm đơn vị…", "Find a unit…");
    public string Label => Pick("Tìm đơn vị theo tên", "Find an org unit by name");
    public string Open => Pick("Tìm đơn vị", "Find a unit");
    public string NoMatch => Pick("Không có đơn vị nào có tên như vậy.", "No org unit has such a name.");
    public string NotReady => Pick("Danh sách đơn vị chưa sẵn sàng.", "The list of org units is not ready yet.");
}
