using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Account;

/// <summary>The sign-in pages' words in Vietnamese and English.</summary>
public sealed class AccountText(Microsoft.Extensions.Options.IOptions<Jobs.JobsOptions> jobs)
{
    public string SignInTitle => Pick("Đăng nhập", "Sign in");
    public string UserName => Pick("Tên đăng nhập", "User name");
    public string Password => Pick("Mật khẩu", "Password");
    public string SignIn => Pick("Đăng nhập", "Sign in");
    public string SignOut => Pick("Đăng xuất", "Sign out");
    public string SignOutQuestion => Pick("Đăng xuất khỏi bảng điều khiển trên máy này?", "Sign out of the dashboard on this computer?");
    public string AdminMenu => Pick("Quản trị", "Administration");
    public string Users => Pick("Người dùng", "Users");
    public string Kiosks => Pick("Kiosk", "Kiosks");
    public string ApiKeys => Pick("Khóa API", "API keys");
    public string Playlists => Pick("Trình chiếu", "Playlists");
    public string Jobs => Pick("Tác vụ", "Jobs");
    public string Audit => Pick("Nhật ký", "Audit");
    public string AdminHome => Pick("Trang quản trị", "Admin home");
    public string AdminHomeIntro => Pick(
        "Các trang dành cho quản trị viên, với vài con số hiện tại của từng trang.",
        "The administrators' pages, each with a few figures as they stand now.");
    public string UsersAbout => Pick(
        "Tạo, sửa, vô hiệu hóa người dùng, đặt lại mật khẩu và kết thúc phiên đăng nhập.",
        "Create, edit and disable users, reset passwords and end sessions.");
    public string KiosksAbout => Pick(
        "Địa chỉ cho máy tính màn hình tường hiển thị một danh sách trình chiếu mà không cần đăng nhập.",
        "Addresses that let a wall-display PC show one playlist without signing in.");
    public string ApiKeysAbout => Pick(
        "Khóa cho phần mềm khác đọc và gửi số liệu qua API, giới hạn trong một đơn vị.",
        "Keys for other software to read and send data through the API, held to one unit.");
    public string PlaylistsAbout => Pick(
        "Các trang chiếu, thứ tự và thời gian của từng màn hình tường.",
        "The slides, their order and timing on each wall display.");
    public string JobsAbout => Pick(
        "Lịch chạy và lịch sử của tính lại chỉ tiêu, báo cáo phải nộp và kiểm tra chất lượng; chạy ngay khi cần.",
        "Schedules and history of the recompute, reports-due and data-quality jobs; run one now.");
    public string AuditAbout => Pick(
        "Mọi lần đăng nhập, thao tác quản trị và thay đổi số liệu: ai, lúc nào, trước và sau.",
        "Every sign-in, admin action and data change: who, when, before and after.");

    public string RoleName(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Data.Security.AppRoles.Admin) ? Role(Data.Security.AppRoles.Admin)
        : user.IsInRole(Data.Security.AppRoles.Leader) ? Role(Data.Security.AppRoles.Leader)
        : user.IsInRole(Data.Security.AppRoles.Officer) ? Role(Data.Security.AppRoles.Officer) : "";

    public static string Role(string role) => role switch
    {
        Data.Security.AppRoles.Admin => Pick("Quản trị viên", "Administrator"),
        Data.Security.AppRoles.Leader => Pick("Lãnh đạo", "Leader"),
        Data.Security.AppRoles.Officer => Pick("Cán bộ y tế", "Health officer"),
        Data.Security.AppRoles.Kiosk => Pick("Kiosk (màn hình tường)", "Kiosk (wall)"),
        _ => role,
    };
    public string WrongPassword => Pick("Sai tên đăng nhập hoặc mật khẩu.", "Wrong user name or password.");
    public string Disabled => Pick("Tài khoản này đã bị vô hiệu hóa. Liên hệ quản trị viên.", "This account is disabled. Please contact an administrator.");
    public string LockedOut(DateTimeOffset? until, int attempts) => Pick(
        $"Tài khoản tạm khóa do nhập sai mật khẩu {attempts} lần liên tiếp. Thử lại sau {Time(until)}, hoặc nhờ quản trị viên đặt lại mật khẩu.",
        $"The account is locked after {attempts} wrong passwords in a row. Try again after {Time(until)}, or ask an administrator to reset the password.");
    public string Missing => Pick("Nhập tên đăng nhập và mật khẩu.", "Enter your user name and password.");
    public string ChangeTitle => Pick("Đổi mật khẩu", "Change password");
    public string MustChange => Pick(
        "Đây là mật khẩu dùng một lần. Hãy chọn mật khẩu mới trước khi tiếp tục.",
        "This is a one-time password. Please choose a new one before going on.");
    public string CurrentPassword => Pick("Mật khẩu hiện tại", "Current password");
    public string NewPassword => Pick("Mật khẩu mới", "New password");
    public string ConfirmPassword => Pick("Nhập lại mật khẩu mới", "New password again");
    public string Mismatch => Pick(NewPasswordTwice.Mismatch.Vietnamese, NewPasswordTwice.Mismatch.English);
    public string PasswordRule => Pick(
        $"Ít nhất {Data.Security.PasswordRules.MinimumLength} ký tự, có cả chữ cái và chữ số.",
        $"At least {Data.Security.PasswordRules.MinimumLength} characters, with a letter and a digit.");
    public string Save => Pick("Lưu mật khẩu mới", "Save the new password");
    public string Changed => Pick("Đã đổi mật khẩu.", "The password was changed.");
    public string DeniedTitle => Pick("Không có quyền", "Not allowed");
    public string Denied => Pick(
        "Tài khoản của bạn không được xem trang này. Nếu cần, hãy liên hệ quản trị viên.",
        "Your account may not open this page. Ask an administrator if you need it.");
    public string Home => Pick("Về trang tổng quan", "Back to the overview");

    public string BackToWall => Pick("Về màn hình trình chiếu", "Back to the wall");
    public string SessionEnded => Pick("Phiên đăng nhập đã kết thúc.", "Your session has ended.");
    public string SignInAgain => Pick("Đăng nhập lại", "Sign in again");
    public string TooMany => Pick("Quá nhiều lần đăng nhập từ máy này trong một phút. Vui lòng đợi rồi thử lại.", "Too many sign-in attempts from this computer in a minute. Please wait and try again.");

    private string Time(DateTimeOffset? until) =>
        until is { } u ? TimeZoneInfo.ConvertTime(u, jobs.Value.FindZone()).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : "";
}
