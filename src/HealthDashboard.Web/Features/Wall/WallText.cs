using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Wall;

/// <summary>The wall's words in Vietnamese and English.</summary>
public sealed class WallText
{
    public string Updated => Pick("Cập nhật", "Updated");
    /// <summary>A year counted through one of its months, short enough for a wall tile: "1–11/2026", "Jan–Nov 2026".</summary>
    public string MonthsOf(Domain.Periods.Period lastMonth) => Pick($"1–{lastMonth.Index}/{lastMonth.Year}",
        $"Jan–{new DateTime(lastMonth.Year, lastMonth.Index, 1).ToString("MMM", System.Globalization.CultureInfo.InvariantCulture)} {lastMonth.Year}");
    public string Connected => Pick("Đã kết nối", "Connected");
    public string Reconnecting => Pick("Đang kết nối lại…", "Reconnecting…");
    public string Offline => Pick("Mất kết nối máy chủ, đang thử lại", "Server unreachable, retrying");
    public string PlaylistNotFound(string code) => Pick($"Không có danh sách trình chiếu “{code}”.", $"There is no wall playlist “{code}”.");
    public string PlaylistHint => Pick("Quản trị viên tạo danh sách tại /admin/playlists.", "An administrator creates playlists at /admin/playlists.");
    public string SlideFailed => Pick("Không hiển thị được trang này.", "This slide could not be shown.");
    public string KpiTitle(string unit) => Pick($"Chỉ tiêu chính — {unit}", $"Key indicators — {unit}");
    public string Target(int year) => Pick($"Mục tiêu {year}", $"Target {year}");
    public string NoTargets => Pick("Đơn vị này chưa có chỉ tiêu nào có mục tiêu.", "No indicator has a target for this unit.");
    public string UnitMissing(string code) => Pick($"Không có đơn vị “{code}”.", $"No org unit “{code}”.");
    public string IndicatorMissing(string code) => Pick($"Không có chỉ tiêu “{code}”.", $"No indicator “{code}”.");
    public string Page(int page, int pages) => Pick($"trang {page}/{pages}", $"page {page} of {pages}");
    public string KindName(HealthDashboard.Domain.Wall.WallSlideKind kind) => kind switch
    {
        HealthDashboard.Domain.Wall.WallSlideKind.Map => Pick("Bản đồ", "Map"),
        HealthDashboard.Domain.Wall.WallSlideKind.Trend => Pick("Xu hướng", "Trend"),
        HealthDashboard.Domain.Wall.WallSlideKind.Ranking => Pick("Xếp hạng", "Ranking"),
        HealthDashboard.Domain.Wall.WallSlideKind.Completeness => Pick("Báo cáo tháng", "Monthly reports"),
        _ => Pick("Chỉ tiêu chính", "Key indicators"),
    };

    public string Unstable => Pick("số nhỏ", "few events");
}
