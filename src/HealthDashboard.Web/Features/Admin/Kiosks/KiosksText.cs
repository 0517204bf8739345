using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Admin.Kiosks;

/// <summary>The kiosk page's words in Vietnamese and English.</summary>
public sealed class KiosksText
{
    public string Title => Pick("Kiosk (màn hình tường)", "Kiosks (wall displays)");
    public string Intro => Pick(
        "Một kiosk cho phép máy tính nối màn hình tường hiển thị đúng một danh sách trình chiếu mà không cần đăng nhập: mở địa chỉ kiosk một lần trên máy đó. " +
        "Thu hồi sẽ dừng màn hình trong vòng một phút (màn hình hiện thông báo kiosk đã bị thu hồi).",
        "A kiosk lets the PC behind a wall display show one playlist without signing in: open the kiosk's address once on that PC. " +
        "Revoking stops the wall within a minute (it then says the kiosk was revoked).");
    public string New => Pick("Thêm kiosk", "New kiosk");
    public string NewTitle => Pick("Kiosk mới", "New kiosk");
    public string Name => Pick("Tên", "Name");
    public string NameHelp => Pick("Nơi đặt màn hình, ví dụ: Phòng họp tầng 2", "Where the screen is, e.g. Meeting room, 2nd floor");
    public string Playlist => Pick("Danh sách trình chiếu", "Playlist");
    public string ChoosePlaylist => Pick("— Chọn —", "— Choose —");
    public string ExpiresOn => Pick("Hết hạn sau ngày (không bắt buộc)", "Expires after (optional)");
    public string ExpiresHelp => Pick("Chọn trên lịch hoặc gõ dd/MM/yyyy; để trống: không hết hạn. Hết hạn vào cuối ngày đó (giờ Việt Nam).", "Pick it on the calendar or type dd/MM/yyyy; blank: never. It expires at the end of that day (Vietnam time).");
    public string Create => Pick("Tạo kiosk", "Create the kiosk");
    public string Cancel => Pick("Hủy", "Cancel");
    public string CreatedBy => Pick("Người tạo", "Created by");
    public string CreatedAt => Pick("Ngày tạo", "Created");
    public string Expires => Pick("Hết hạn", "Expires");
    public string EndOf(string day) => Pick($"Hết ngày {day}", $"End of {day}");
    public string Never => Pick("Không", "Never");
    public string LastSeen => Pick("Lần cuối mở", "Last seen");
    public string NotYet => Pick("Chưa mở", "Not yet");
    public string State => Pick("Trạng thái", "State");
    public string Active => Pick("Đang dùng", "Active");
    public string Expired => Pick("Đã hết hạn", "Expired");
    public string Revoked(string time) => Pick($"Đã thu hồi {time}", $"Revoked {time}");
    public string Revoke => Pick("Thu hồi", "Revoke");
    public string ConfirmRevoke(string name) => Pick($"Thu hồi kiosk “{name}”? Màn hình sẽ dừng trong vòng một phút.", $"Revoke the kiosk “{name}”? Its wall stops within a minute.");
    public string ConfirmTitle => Pick("Xác nhận", "Please confirm");
    public string ConfirmYes => Pick("Thu hồi", "Yes, revoke");
    public string NotSaved => Pick("Chưa tạo: hãy sửa các lỗi dưới đây.", "Not created: please fix what is listed below.");
    public string CreatedKiosk(string name) => Pick($"Đã tạo kiosk “{name}”.", $"Created the kiosk “{name}”.");
    public string RevokedKiosk(string name) => Pick($"Đã thu hồi kiosk “{name}”.", $"Revoked the kiosk “{name}”.");
    public string AlreadyRevoked => Pick("Kiosk này đã bị thu hồi trước đó.", "This kiosk was revoked already.");
    public string AddressTitle(string name) => Pick($"Địa chỉ kiosk “{name}”", $"Address of the kiosk “{name}”");
    public string AddressNote => Pick(
        "Sao chép ngay bây giờ và mở trên máy tính của màn hình tường: địa chỉ này không hiện lại. Ai có địa chỉ này đều xem được danh sách trình chiếu.",
        "Copy it now and open it on the wall's PC: it is not shown again. Anyone with this address can see the playlist.");
    public string Done => Pick("Đã sao chép, ẩn đi", "Copied, hide it");
    public string None => Pick("Chưa có kiosk nào.", "No kiosk yet.");
    public string NoPlaylists => Pick("Chưa có danh sách trình chiếu nào: hãy tạo một danh sách trước.", "There is no playlist yet: create one first.");
}
