namespace HealthDashboard.Web.Features.Security;

/// <summary>Why a wall stopped, as it travels in the <c>/kiosk/ended?reason=</c> link and is said on the wall.</summary>
public static class KioskReasons
{
    public static string ToQuery(AccessEndReason reason) => reason switch
    {
        AccessEndReason.KioskRevoked => "revoked",
        AccessEndReason.KioskExpired => "expired",
        _ => "unknown",
    };

    public static AccessEndReason FromQuery(string? reason) => reason switch
    {
        "revoked" => AccessEndReason.KioskRevoked,
        "expired" => AccessEndReason.KioskExpired,
        _ => AccessEndReason.KioskUnknown,
    };

    public static (string Title, string Detail) Explain(AccessEndReason reason) => reason switch
    {
        AccessEndReason.KioskRevoked => (
            Localization.Bilingual.Pick("Mã kiosk của màn hình này đã bị thu hồi", "This wall's kiosk token has been revoked"),
            Localization.Bilingual.Pick("Quản trị viên đã thu hồi mã. Xin một địa chỉ kiosk mới ở trang Quản trị › Kiosk.", "An administrator revoked it. Ask for a new kiosk address (Admin › Kiosks).")),
        AccessEndReason.KioskExpired => (
            Localization.Bilingual.Pick("Mã kiosk của màn hình này đã hết hạn", "This wall's kiosk token has expired"),
            Localization.Bilingual.Pick("Xin một địa chỉ kiosk mới ở trang Quản trị › Kiosk.", "Ask for a new kiosk address (Admin › Kiosks).")),
        _ => (
            Localization.Bilingual.Pick("Địa chỉ kiosk không hợp lệ", "This kiosk address is not valid"),
            Localization.Bilingual.Pick("Kiểm tra lại địa chỉ, hoặc xin một địa chỉ mới ở trang Quản trị › Kiosk.", "Check the address, or ask for a new one (Admin › Kiosks).")),
    };
}
