using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Admin;

/// <summary>The copy button's words beside a secret shown once.</summary>
public static class OneTimeSecretText
{
    public static string Copy => Pick("Chép vào bộ nhớ tạm", "Copy to the clipboard");
    public static string Copied => Pick("Đã chép.", "Copied.");
    public static string NotCopied => Pick(
        "Trình duyệt không cho chép tự động: hãy chọn ô trên rồi nhấn Ctrl+C.",
        "The browser did not allow copying: select the field above and press Ctrl+C.");
}
