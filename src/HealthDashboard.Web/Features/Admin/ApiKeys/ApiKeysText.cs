using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Admin.ApiKeys;

/// <summary>The API key page's words in Vietnamese and English.</summary>
public sealed class ApiKeysText
{
    public string Title => Pick("Khóa API", "API keys");
    public string Intro => Pick(
        "Một khóa API cho phép phần mềm khác đọc và gửi số liệu qua API, chỉ trong phạm vi một đơn vị và các đơn vị trực thuộc. " +
        "Phần mềm gửi khóa trong tiêu đề X-Api-Key. Thu hồi có hiệu lực trong vòng vài giây.",
        "An API key lets other software read and send data through the API, only within one unit and the units below it. " +
        "The software sends the key in the X-Api-Key header. Revoking takes effect within seconds.");
    public string New => Pick("Thêm khóa API", "New API key");
    public string NewTitle => Pick("Khóa API mới", "New API key");
    public string Name => Pick("Tên", "Name");
    public string NameHelp => Pick("Phần mềm nào dùng khóa, ví dụ: HIS bệnh viện tỉnh", "Which software uses it, e.g. Provincial hospital HIS");
    public string Unit => Pick("Đơn vị", "Org unit");
    public string UnitHelp => Pick("Gõ tên đơn vị (có dấu hay không đều được) rồi chọn. Khóa chỉ đọc và ghi được đơn vị này và các đơn vị trực thuộc.", "Type the unit's name (tone marks optional) and pick it. The key may only read and write this unit and the units below it.");
    public string UnitColumn => Pick("Đơn vị (và trực thuộc)", "Unit (and below)");
    public string Prefix => Pick("Tiền tố", "Prefix");
    public string Create => Pick("Tạo khóa", "Create the key");
    public string Cancel => Pick("Hủy", "Cancel");
    public string CreatedBy => Pick("Người tạo", "Created by");
    public string CreatedAt => Pick("Ngày tạo", "Created");
    public string LastUsed => Pick("Lần cuối dùng", "Last used");
    public string NotYet => Pick("Chưa dùng", "Not yet");
    public string State => Pick("Trạng thái", "State");
    public string Active => Pick("Đang dùng", "Active");
    public string Revoked(string time) => Pick($"Đã thu hồi {time}", $"Revoked {time}");
    public string Revoke => Pick("Thu hồi", "Revoke");
    public string ConfirmRevoke(string name) => Pick($"Thu hồi khóa “{name}”? Phần mềm dùng khóa sẽ bị từ chối.", $"Revoke the key “{name}”? Software using it will be refused.");
    public string ConfirmTitle => Pick("Xác nhận", "Please confirm");
    public string ConfirmYes => Pick("Thu hồi", "Yes, revoke");
    public string NotSaved => Pick("Chưa tạo: hãy sửa các lỗi dưới đây.", "Not created: please fix what is listed below.");
    public string CreatedKey(string name) => Pick($"Đã tạo khóa “{name}”.", $"Created the key “{name}”.");
    public string RevokedKey(string name) => Pick($"Đã thu hồi khóa “{name}”.", $"Revoked the key “{name}”.");
    public string AlreadyRevoked => Pick("Khóa này đã bị thu hồi trước đó.", "This key was revoked already.");
    public string KeyTitle(string name) => Pick($"Khóa API “{name}”", $"API key “{name}”");
    public string KeyNote => Pick(
        "Sao chép ngay bây giờ và cấu hình vào phần mềm: khóa này không hiện lại (chỉ lưu bản băm). Nếu làm mất, hãy thu hồi và tạo khóa mới.",
        "Copy it now into the software's settings: it is not shown again (only its hash is kept). If it is lost, revoke it and create a new one.");
    public string Done => Pick("Đã sao chép, ẩn đi", "Copied, hide it");
    public string None => Pick("Chưa có khóa API nào.", "No API key yet.");
}
