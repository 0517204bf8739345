using HealthDashboard.Domain.OrgUnits;
using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Localization;

/// <summary>
/// The UI's words in Vietnamese and English (terms from spec/glossary.md). Properties rather than string keys, so a
/// missing translation is a compile error instead of a blank on screen.
/// </summary>
public sealed class UiText
{
    public string ProductName => Pick("Bảng điều khiển chỉ tiêu y tế", "Health indicator dashboard");
    public string Vietnamese => "Tiếng Việt";
    public string English => "English";
    public string Language => Pick("Ngôn ngữ", "Language");
    public string OrgUnits => Pick("Đơn vị", "Org units");
    public string Menu => Pick("Trình đơn", "Menu");
    public string ToggleSidebar => Pick("Ẩn/hiện danh sách đơn vị", "Show or hide the org units");
    public string Loading => Pick("Đang tải…", "Loading…");
    public string Trends => Pick("Xu hướng", "Trends");
    public string Rankings => Pick("Xếp hạng", "Rankings");

    public string PreparingSampleData => Pick("Đang chuẩn bị dữ liệu mẫu…", "Preparing sample data…");

    public string PreparingHint => Pick(
        "Lần chạy đầu tiên tạo dữ liệu mẫu cho bốn tỉnh, mất khoảng nửa phút. Trang sẽ tự hiện số liệu khi xong.",
        "The first start creates sample data for four provinces, which takes about half a minute. The figures appear by themselves when it is done.");

    public string DataFailed => Pick("Không thể chuẩn bị cơ sở dữ liệu.", "The database could not be prepared.");

    public string DataFailedHint => Pick(
        "Quản trị viên có thể xem nguyên nhân trong nhật ký máy chủ.",
        "An administrator can find the cause in the server log.");

    public string LoadFailed => Pick("Không tải được số liệu. Vui lòng thử lại sau ít phút.", "The figures could not be loaded. Please try again in a few minutes.");
    public string TryAgain => Pick("Thử lại", "Try again");
    public string BackToOverview => Pick("Về trang tổng quan", "Back to the overview");

    public string UnitNotFound(string code) => Pick($"Không tìm thấy đơn vị có mã “{code}”.", $"No org unit has the code “{code}”.");

    public string ErrorTitle => Pick("Đã có lỗi xảy ra", "Something went wrong");

    public string ErrorText => Pick(
        "Yêu cầu chưa thực hiện được. Vui lòng thử lại sau ít phút; nếu lỗi vẫn còn, hãy báo quản trị viên kèm mã yêu cầu dưới đây.",
        "The request could not be completed. Please try again in a few minutes; if it keeps happening, tell an administrator the request id below.");

    public string RequestId => Pick("Mã yêu cầu", "Request id");
    public string NotFoundTitle => Pick("Không tìm thấy trang", "Page not found");
    public string NotFoundText => Pick("Địa chỉ này không có trang nào.", "There is no page at this address.");
    public string CircuitError => Pick("Đã có lỗi, trang cần tải lại.", "Something went wrong; the page needs to be reloaded.");
    public string Reload => Pick("Tải lại", "Reload");

    public string KindName(OrgUnitKind kind)
    {
        var (vi, en) = OrgUnitKindWords.Of(kind);
        return Pick(vi, en);
    }
}
