using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Admin.Home;

/// <summary>The landing page's live facts in Vietnamese and English.</summary>
public static class AdminFactsText
{
    public static string Users(int users, int disabled, int sessions) => Pick(
        $"{users} người dùng ({disabled} bị vô hiệu hóa) · {sessions} phiên đang mở",
        $"{users} users ({disabled} disabled) · {sessions} open sessions");

    public static string Kiosks(int valid, int all) => Pick($"{valid} kiosk đang dùng được / {all} đã tạo", $"{valid} usable kiosks of {all} created");

    public static string ApiKeys(int active, int all) => Pick($"{active} khóa đang dùng được / {all} đã tạo", $"{active} active keys of {all} created");

    public static string Playlists(int count) => Pick($"{count} danh sách trình chiếu", $"{count} playlists");

    public static string LastRecompute(string job, string outcome, string at) => Pick(
        $"{job}, lần gần nhất: {outcome} lúc {at}", $"{job}, last run: {outcome} at {at}");

    public static string NeverRecomputed(string job) => Pick($"{job}: chưa chạy lần nào", $"{job}: not run yet");

    public static string LatestAudit(string at, string actor, string action) => Pick(
        $"Mới nhất: {at} · {actor} · {action}", $"Latest: {at} · {actor} · {action}");

    public static string NoAudit => Pick("Nhật ký chưa có dòng nào", "The log has no entry yet");
}
