using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Admin.Audit;

/// <summary>The audit log page's words in Vietnamese and English.</summary>
public sealed class AuditText
{
    public string Title => Pick("Nhật ký thay đổi", "Audit log");
    public string Intro => Pick(
        "Mọi lần đăng nhập, thao tác quản trị và thay đổi số liệu, mới nhất trước. Địa chỉ trang giữ các điều kiện tìm, có thể gửi cho người khác.",
        "Every sign-in, admin action and data change, newest first. The page address keeps the search, so it can be shared.");
    public string Text => Pick("Tìm chữ", "Text");
    public string TextHelp => Pick(
        "Trong người thực hiện, thao tác, đối tượng, khóa và giá trị, theo cách lưu (mã, tiếng Anh: di chuột lên ô để xem)",
        "In actor, action, entity, key and values as stored (codes, English: hover a cell to see them)");
    public string Actor => Pick("Người thực hiện", "Actor");
    public string ActorHelp => Pick("Đúng tên đăng nhập (hoặc kiosk:…, apikey:…)", "The exact user name (or kiosk:…, apikey:…)");
    public string Action => Pick("Thao tác", "Action");
    public string AnyAction => Pick("— Tất cả —", "— Any —");
    public string From => Pick("Từ ngày", "From");
    public string To => Pick("Đến hết ngày", "To (inclusive)");
    public string Search => Pick("Tìm", "Search");
    public string Clear => Pick("Xóa điều kiện", "Clear");
    public string Time => Pick("Thời gian", "Time");
    public string Entity => Pick("Đối tượng", "Entity");
    public string Key => Pick("Khóa", "Key");
    public string OldValue => Pick("Giá trị cũ", "Old value");
    public string NewValue => Pick("Giá trị mới", "New value");
    public string Via => Pick("Qua", "Via");
    public string Previous => Pick("‹ Trang trước", "‹ Previous");
    public string Next => Pick("Trang sau ›", "Next ›");
    public string PageOf(int page, int first, int last) => Pick($"Trang {page} · dòng {first}–{last}", $"Page {page} · rows {first}–{last}");
    public string None => Pick("Không có dòng nào khớp.", "No entry matches.");
    public string BadSearch => Pick("Chưa tìm: hãy sửa các lỗi dưới đây.", "Not searched: please fix what is listed below.");
    public static AdminProblem BadDate(bool isFrom, string text) => new(
        $"{(isFrom ? "Từ ngày" : "Đến ngày")} “{text}” không đúng dạng ngày/tháng/năm (ví dụ 31/12/2026).",
        $"The {(isFrom ? "From" : "To")} date “{text}” is not a day/month/year date (e.g. 31/12/2026).");
    public static AdminProblem FromAfterTo => new("Từ ngày phải trước hoặc bằng đến ngày.", "The From date must not be after the To date.");
}
