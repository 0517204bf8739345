using HealthDashboard.Domain.Wall;
using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Admin.Playlists;

/// <summary>The playlist admin page's words in Vietnamese and English.</summary>
public sealed class PlaylistsText
{
    public string Title => Pick("Danh sách trình chiếu (màn hình tường)", "Wall playlists");
    public string Intro => Pick(
        "Mỗi danh sách là một màn hình phòng họp: mở /wall/{mã} toàn màn hình trên máy tính nối với màn hình.",
        "Each playlist is one meeting-room screen: open /wall/{code} full screen on the PC that drives the screen.");
    public string New => Pick("Thêm danh sách", "New playlist");
    public string Edit => Pick("Sửa", "Edit");
    public string Open => Pick("Mở màn hình", "Open the wall");
    public string Delete => Pick("Xóa", "Delete");
    public string ConfirmTitle => Pick("Xác nhận", "Please confirm");
    public string ConfirmDelete(string name) => Pick($"Xóa danh sách “{name}”? Màn hình đang mở sẽ báo không tìm thấy.", $"Delete “{name}”? Walls showing it will say it is gone.");
    public string Code => Pick("Mã (địa chỉ)", "Code (address)");
    public string Name => Pick("Tên", "Name");
    public string SecondsPerSlide => Pick("Số giây mỗi trang", "Seconds per slide");
    public string Slides => Pick("Các trang chiếu", "Slides");
    public string Kind => Pick("Loại", "Kind");
    public string Unit => Pick("Đơn vị", "Org unit");
    public string Indicator => Pick("Chỉ tiêu", "Indicator");
    public string Level => Pick("Cấp bản đồ", "Map level");
    public string Seconds => Pick("Giây (để trống: mặc định)", "Seconds (blank: default)");
    public string AddSlide => Pick("Thêm trang", "Add a slide");
    public string MoveUp => Pick("Lên", "Up");
    public string MoveDown => Pick("Xuống", "Down");
    public string Remove => Pick("Bỏ", "Remove");
    public string Save => Pick("Lưu", "Save");
    public string Cancel => Pick("Hủy", "Cancel");
    public string Saved(string name) => Pick($"Đã lưu “{name}”. Màn hình đang mở sẽ dùng bản mới khi tải lại.", $"Saved “{name}”. Open walls use it once they reload.");
    public string Deleted(string name) => Pick($"Đã xóa “{name}”.", $"Deleted “{name}”.");
    public string NotSaved => Pick("Chưa lưu: hãy sửa các lỗi dưới đây.", "Not saved: please fix what is listed below.");
    public string None => Pick("Chưa có danh sách nào.", "No playlist yet.");
    public string SlideCount(int count) => Pick($"{count} trang", count == 1 ? "1 slide" : $"{count} slides");
    public string SlideNumber(int index) => Pick($"Trang {index}", $"Slide {index}");
    public string District => Pick("Huyện", "District");
    public string Commune => Pick("Xã", "Commune");
}
