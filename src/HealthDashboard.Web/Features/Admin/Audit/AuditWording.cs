using System.Globalization;
using System.Text.RegularExpressions;
using HealthDashboard.Web.Features.Account;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Jobs;
using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Admin.Audit;

/// <summary>
/// The audit log in the reader's words. The log itself stores codes and English details (they are searched and must not
/// change with whoever wrote them); this turns them into words on the page: each action, entity and channel, and the
/// details the app writes in a fixed shape (<c>role=Officer; unit=AG_LXU</c>, <c>wrong password (2 in a row)</c>, …).
/// Free text (names, notes, values, cron expressions) and codes it does not know are shown as they are.
/// </summary>
public sealed partial class AuditWording(AdminClock clock)
{
    public static string Action(string code) => code switch
    {
        AuditActions.SignIn => Pick("Đăng nhập", "Signed in"),
        AuditActions.SignInFailed => Pick("Đăng nhập không thành công", "Sign-in failed"),
        AuditActions.LockedOut => Pick("Tài khoản bị tạm khóa", "Account locked"),
        AuditActions.SignOut => Pick("Đăng xuất", "Signed out"),
        AuditActions.PasswordChanged => Pick("Tự đổi mật khẩu", "Changed own password"),
        AuditActions.KioskSignIn => Pick("Kiosk mở màn hình tường", "Kiosk opened its wall"),
        AuditActions.UserCreated => Pick("Tạo người dùng", "User created"),
        AuditActions.UserUpdated => Pick("Sửa người dùng", "User edited"),
        AuditActions.UserDisabled => Pick("Vô hiệu hóa người dùng", "User disabled"),
        AuditActions.UserEnabled => Pick("Kích hoạt lại người dùng", "User enabled"),
        AuditActions.PasswordReset => Pick("Đặt lại mật khẩu", "Password reset"),
        AuditActions.SessionEnded => Pick("Kết thúc phiên đăng nhập", "Session ended"),
        AuditActions.KioskCreated => Pick("Tạo kiosk", "Kiosk created"),
        AuditActions.KioskRevoked => Pick("Thu hồi kiosk", "Kiosk revoked"),
        AuditActions.ApiKeyCreated => Pick("Tạo khóa API", "API key created"),
        AuditActions.ApiKeyRevoked => Pick("Thu hồi khóa API", "API key revoked"),
        AuditActions.JobScheduled => Pick("Đổi lịch tác vụ", "Job rescheduled"),
        AuditActions.JobPaused => Pick("Tạm dừng tác vụ", "Job paused"),
        AuditActions.JobResumed => Pick("Tiếp tục tác vụ", "Job resumed"),
        AuditActions.JobRun => Pick("Chạy tác vụ ngay", "Job run now"),
        AuditActions.PlaylistSaved => Pick("Lưu danh sách trình chiếu", "Playlist saved"),
        AuditActions.PlaylistDeleted => Pick("Xóa danh sách trình chiếu", "Playlist deleted"),
        AuditActions.QualityResolved => Pick("Xử lý phát hiện về chất lượng dữ liệu", "Data-quality finding resolved"),
        // The data writer's own (a value entered, imported or sent through the API).
        "create" => Pick("Thêm số liệu", "Value added"),
        "update" => Pick("Sửa số liệu", "Value changed"),
        "delete" => Pick("Xóa số liệu", "Value deleted"),
        _ => code,
    };

    public static string Entity(string entity) => entity switch
    {
        "user" => Pick("Người dùng", "User"),
        "session" => Pick("Phiên đăng nhập", "Session"),
        "kiosk" => Pick("Kiosk", "Kiosk"),
        "apikey" => Pick("Khóa API", "API key"),
        "job" => Pick("Tác vụ", "Job"),
        "playlist" => Pick("Trình chiếu", "Playlist"),
        "data_value" => Pick("Số liệu", "Data value"),
        "data_quality_finding" => Pick("Chất lượng dữ liệu", "Data quality"),
        _ => entity,
    };

    /// <summary>The channel: the web sign-in, an admin page, the report form, an import, the API, a job, the command line.</summary>
    public static string Via(string via) => via switch
    {
        "web" => Pick("Trang web", "Web"),
        "admin" => Pick("Trang quản trị", "Admin page"),
        "form" => Pick("Biểu mẫu báo cáo", "Report form"),
        "import" => Pick("Nhập tệp", "File import"),
        "api" => "API",
        "job" => Pick("Tác vụ định kỳ", "Scheduled job"),
        "cli" => Pick("Dòng lệnh", "Command line"),
        "start" => Pick("Lần khởi động đầu", "First start"),
        "quality" => Pick("Trang chất lượng dữ liệu", "Data-quality page"),
        _ => via,
    };

    /// <summary>The key: a job's name instead of its key; every other key (user names, codes, ids) as it is.</summary>
    public static string Key(string entity, string key) =>
        entity == "job" && DashboardJobs.Find(key) is { } job ? job.Name(IsVietnamese) : key;

    /// <summary>An old or new value in the reader's words where the app wrote it in a fixed shape; otherwise as it is.</summary>
    public string Detail(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return Phrase(value) ?? Pairs(value) ?? value;
    }

    private string? Phrase(string value)
    {
        switch (value)
        {
            case "unknown user": return Pick("không có tên đăng nhập này", "unknown user");
            case "disabled": return Pick("đã vô hiệu hóa", "disabled");
            case "active": return Pick("đang hoạt động", "active");
            case "revoked": return Pick("đã thu hồi", "revoked");
            case "locked": return Pick("đang bị tạm khóa", "locked");
        }

        if (WrongPassword().Match(value) is { Success: true } wrong)
        {
            return Pick($"sai mật khẩu ({wrong.Groups[1].Value} lần liên tiếp)", $"wrong password ({wrong.Groups[1].Value} in a row)");
        }

        if (LockedUntil().Match(value) is { Success: true } locked)
        {
            var until = DateTimeOffset.TryParse(locked.Groups[1].Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? clock.Format(at) : locked.Groups[1].Value;
            return Pick($"tạm khóa đến {until}", $"locked until {until}");
        }

        if (SessionStarted().Match(value) is { Success: true } session)
        {
            return Pick($"phiên {session.Groups[1].Value}", $"session {session.Groups[1].Value}");
        }

        if (DisabledEnded().Match(value) is { Success: true } disabled)
        {
            return Pick($"đã vô hiệu hóa; kết thúc {disabled.Groups[1].Value} phiên", $"disabled; {disabled.Groups[1].Value} sessions ended");
        }

        if (ResetDone().Match(value) is { Success: true } reset)
        {
            return Pick($"mật khẩu dùng một lần; đã mở khóa; kết thúc {reset.Groups[1].Value} phiên",
                $"one-time password; unlocked; {reset.Groups[1].Value} sessions ended");
        }

        if (ActiveNamed().Match(value) is { Success: true } active)
        {
            return Pick($"đang hoạt động: {active.Groups[1].Value}", $"active: {active.Groups[1].Value}");
        }

        if (SessionEnded().Match(value) is { Success: true } ended)
        {
            return Pick($"đã kết thúc (bắt đầu {ended.Groups[1].Value}, từ {ended.Groups[2].Value})",
                $"ended (started {ended.Groups[1].Value}, from {ended.Groups[2].Value})");
        }

        if (PlaylistShape().Match(value) is { Success: true } playlist)
        {
            var (name, slides, seconds) = (playlist.Groups[1].Value, playlist.Groups[2].Value, playlist.Groups[3].Value);
            return Pick($"{name}: {slides} trang chiếu, {seconds} giây mỗi trang", $"{name}: {slides} slides, {seconds} s each");
        }

        return null;
    }

    /// <summary><c>role=Officer; unit=AG_LXU; display name=…</c>, each name and known value in words; null unless every part is a known name.</summary>
    private static string? Pairs(string value)
    {
        var parts = value.Split("; ");
        var worded = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || FieldName(part[..equals]) is not { } name)
            {
                return null;
            }

            worded.Add($"{name}: {FieldValue(part[..equals], part[(equals + 1)..])}");
        }

        return string.Join("; ", worded);
    }

    private static string? FieldName(string field) => field switch
    {
        "role" => Pick("vai trò", "role"),
        "unit" => Pick("đơn vị", "unit"),
        "display name" => Pick("tên hiển thị", "display name"),
        "name" => Pick("tên", "name"),
        "prefix" => Pick("tiền tố", "prefix"),
        "playlist" => Pick("trình chiếu", "playlist"),
        "expires" => Pick("hết hạn", "expires"),
        _ => null,
    };

    private static string FieldValue(string field, string value) => (field, value) switch
    {
        ("role", _) => AccountText.Role(value),
        ("unit", "-") => Pick("không (cả nước)", "none (whole country)"),
        ("expires", "never") => Pick("không bao giờ", "never"),
        ("expires", _) when EndOfDay().Match(value) is { Success: true } end => Pick($"hết ngày {end.Groups[1].Value}", $"end of {end.Groups[1].Value}"),
        _ => value,
    };

    [GeneratedRegex(@"^wrong password \((\d+) in a row\)$")]
    private static partial Regex WrongPassword();

    [GeneratedRegex(@"^locked until (.+)$")]
    private static partial Regex LockedUntil();

    [GeneratedRegex(@"^session ([0-9a-zA-Z]+)$")]
    private static partial Regex SessionStarted();

    [GeneratedRegex(@"^disabled; sessions ended: (\d+)$")]
    private static partial Regex DisabledEnded();

    [GeneratedRegex(@"^one-time password; unlocked; sessions ended: (\d+)$")]
    private static partial Regex ResetDone();

    [GeneratedRegex(@"^active: (.+)$")]
    private static partial Regex ActiveNamed();

    [GeneratedRegex(@"^ended \(started ([^,]+), (.*)\)$")]
    private static partial Regex SessionEnded();

    [GeneratedRegex(@"^(.+): (\d+) slides, (\d+) s$")]
    private static partial Regex PlaylistShape();

    [GeneratedRegex(@"^end of (.+?)(?: \(.*\))?$")]
    private static partial Regex EndOfDay();
}
