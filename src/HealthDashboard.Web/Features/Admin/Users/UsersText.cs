using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Admin.Users;

/// <summary>The users page's words in Vietnamese and English.</summary>
public sealed class UsersText
{
    public string Title => Pick("Người dùng", "Users");
    public string Intro => Pick(
        "Quản trị viên làm mọi việc; Lãnh đạo xem mọi số liệu; Cán bộ y tế xem mọi số liệu và nhập số liệu cho đơn vị của mình và các đơn vị trực thuộc. " +
        "Đổi vai trò, đơn vị, đặt lại mật khẩu hay vô hiệu hóa sẽ kết thúc các phiên đăng nhập của người đó.",
        "Administrators do everything; leaders read all data; health officers read all data and enter data for their unit and the units below it. " +
        "Changing a role or unit, resetting the password or disabling ends that person's sessions.");
    public string New => Pick("Thêm người dùng", "New user");
    public string NewTitle => Pick("Người dùng mới", "New user");
    public string EditTitle(string userName) => Pick($"Sửa người dùng {userName}", $"Edit user {userName}");
    public string UserName => Pick("Tên đăng nhập", "User name");
    public string UserNameHelp => Pick("3–64 ký tự: chữ cái, chữ số và . _ - @", "3–64 characters: letters, digits and . _ - @");
    public string DisplayName => Pick("Tên hiển thị", "Display name");
    public string Role => Pick("Vai trò", "Role");
    public string Unit => Pick("Đơn vị", "Org unit");
    public string UnitHelp => Pick("Gõ tên đơn vị (có dấu hay không đều được) rồi chọn. Bắt buộc với Cán bộ y tế: quyền nhập số liệu gồm đơn vị này và các đơn vị trực thuộc.", "Type the unit's name (tone marks optional) and pick it. Required for a health officer: they may enter data for this unit and the units below it.");
    public string UnitColumn => Pick("Đơn vị (và trực thuộc)", "Unit (and below)");
    public string AllUnits => Pick("Tất cả", "All");
    public string State => Pick("Trạng thái", "State");
    public string Active => Pick("Đang hoạt động", "Active");
    public string Disabled => Pick("Đã vô hiệu hóa", "Disabled");
    public string LockedUntil(string time) => Pick($"Tạm khóa đến {time}", $"Locked until {time}");
    public string MustChange => Pick("Phải đổi mật khẩu", "Must change password");
    public string Yes => Pick("Có", "Yes");
    public string No => Pick("Không", "No");
    public string Created => Pick("Ngày tạo", "Created");
    public string You => Pick("(bạn)", "(you)");
    public string Password => Pick("Mật khẩu", "Password");
    public string PasswordAgain => Pick("Nhập lại mật khẩu", "Password again");
    public string Generate => Pick("Tạo mật khẩu dùng một lần (hiện một lần, người dùng phải đổi khi đăng nhập lần đầu)", "Generate a one-time password (shown once; the user must change it at the first sign-in)");
    public string TypePassword => Pick("Tự nhập mật khẩu (người dùng phải đổi khi đăng nhập lần đầu)", "Type a password (the user must change it at the first sign-in)");
    public string PasswordRule => Pick(
        $"Ít nhất {Data.Security.PasswordRules.MinimumLength} ký tự, có cả chữ cái và chữ số, khác tên đăng nhập.",
        $"At least {Data.Security.PasswordRules.MinimumLength} characters, with a letter and a digit, not the user name.");
    public string Create => Pick("Tạo người dùng", "Create the user");
    public string Save => Pick("Lưu", "Save");
    public string Cancel => Pick("Hủy", "Cancel");
    public string Edit => Pick("Sửa", "Edit");
    public string Disable => Pick("Vô hiệu hóa", "Disable");
    public string Enable => Pick("Kích hoạt lại", "Enable");
    public string ResetPassword => Pick("Đặt lại mật khẩu", "Reset password");
    public string ConfirmDisable(string userName) => Pick($"Vô hiệu hóa {userName} và kết thúc mọi phiên đăng nhập?", $"Disable {userName} and end all their sessions?");
    public string ConfirmReset(string userName) => Pick($"Đặt lại mật khẩu của {userName}? Mật khẩu cũ hết hiệu lực.", $"Reset {userName}'s password? The old one stops working.");
    public string ConfirmEndSession(string userName) => Pick($"Kết thúc phiên của {userName}?", $"End {userName}'s session?");
    public string ConfirmTitle => Pick("Xác nhận", "Please confirm");
    public string ConfirmYes => Pick("Đồng ý", "Yes, do it");
    public string NotSaved => Pick("Chưa lưu: hãy sửa các lỗi dưới đây.", "Not saved: please fix what is listed below.");
    public string NotDone => Pick("Không thực hiện được:", "Not done:");
    public string CreatedUser(string userName) => Pick($"Đã tạo người dùng {userName}.", $"Created the user {userName}.");
    public string Saved(string userName) => Pick($"Đã lưu {userName}.", $"Saved {userName}.");
    public string DisabledUser(string userName) => Pick($"Đã vô hiệu hóa {userName} và kết thúc các phiên đăng nhập.", $"Disabled {userName} and ended their sessions.");
    public string EnabledUser(string userName) => Pick($"Đã kích hoạt lại {userName}.", $"Enabled {userName} again.");
    public string ResetDone(string userName) => Pick($"Đã đặt lại mật khẩu của {userName} và mở khóa tài khoản.", $"Reset {userName}'s password and unlocked the account.");
    public string SessionEnded(string userName) => Pick($"Đã kết thúc phiên của {userName}.", $"Ended {userName}'s session.");
    public string OneTimeTitle(string userName) => Pick($"Mật khẩu dùng một lần của {userName}", $"One-time password for {userName}");
    public string OneTimeNote => Pick(
        "Hãy sao chép và trao cho người dùng ngay bây giờ: mật khẩu này không hiện lại. Người dùng phải đổi mật khẩu khi đăng nhập.",
        "Copy it and hand it to the user now: it is not shown again. The user must change it when signing in.");
    public string Done => Pick("Đã sao chép, ẩn đi", "Copied, hide it");
    public string None => Pick("Chưa có người dùng nào.", "No user yet.");
    public string Sessions => Pick("Phiên đăng nhập đang mở", "Open sessions");
    public string SessionsIntro => Pick(
        "Mỗi lần đăng nhập là một phiên. Kết thúc một phiên sẽ đăng xuất trình duyệt đó trong vài giây.",
        "Each sign-in is a session. Ending one signs that browser out within seconds.");
    public string User => Pick("Người dùng", "User");
    public string Started => Pick("Bắt đầu", "Started");
    public string LastSeen => Pick("Hoạt động gần nhất", "Last seen");
    public string Address => Pick("Địa chỉ", "Address");
    public string Browser => Pick("Trình duyệt", "Browser");
    public string EndSession => Pick("Kết thúc phiên", "End session");
    public string ThisBrowser => Pick("(trình duyệt này)", "(this browser)");
    public string NoSessions => Pick("Không có phiên nào đang mở.", "No open session.");
    public string Unknown => Pick("Không rõ", "Unknown");
}
