using Microsoft.Extensions.Localization;
using MudBlazor;

namespace HealthDashboard.Web.Localization;

/// <summary>
/// MudBlazor's own words (button labels read by screen readers, the grid's menus, the calendar's arrows) in Vietnamese
/// when the page is. MudBlazor ships English only; a key not listed here falls back to its English text.
/// Only the components the app uses are covered.
/// </summary>
public sealed class VietnameseMudLocalizer : MudLocalizer
{
    private static readonly Dictionary<string, string> Vietnamese = new(StringComparer.Ordinal)
    {
        ["MudAlert_Close"] = "Đóng",
        ["MudBaseDatePicker_NextMonth"] = "Tháng sau",
        ["MudBaseDatePicker_NextYear"] = "Năm sau",
        ["MudBaseDatePicker_Open"] = "Mở lịch",
        ["MudBaseDatePicker_PrevMonth"] = "Tháng trước",
        ["MudBaseDatePicker_PrevYear"] = "Năm trước",
        ["MudBreadcrumbs_Label"] = "Đường dẫn",
        ["MudChip_Close"] = "Bỏ",
        ["MudDataGrid_Apply"] = "Áp dụng",
        ["MudDataGrid_Cancel"] = "Hủy",
        ["MudDataGrid_Clear"] = "Xóa",
        ["MudDataGrid_ClearFilter"] = "Bỏ lọc",
        ["MudDataGrid_Column"] = "Cột",
        ["MudDataGrid_Columns"] = "Các cột",
        ["MudDataGrid_Contains"] = "chứa",
        ["MudDataGrid_Filter"] = "Lọc",
        ["MudDataGrid_FilterValue"] = "Giá trị lọc",
        ["MudDataGrid_Hide"] = "Ẩn",
        ["MudDataGrid_Loading"] = "Đang tải…",
        ["MudDataGrid_ShowColumnOptions"] = "Tùy chọn cột",
        ["MudDataGrid_Sort"] = "Sắp xếp",
        ["MudDataGrid_Unsort"] = "Bỏ sắp xếp",
        ["MudDataGridPager_AllItems"] = "Tất cả",
        ["MudDataGridPager_FirstPage"] = "Trang đầu",
        ["MudDataGridPager_LastPage"] = "Trang cuối",
        ["MudDataGridPager_NextPage"] = "Trang sau",
        ["MudDataGridPager_PreviousPage"] = "Trang trước",
        ["MudDataGridPager_RowsPerPage"] = "Số dòng mỗi trang:",
        ["MudDialog_Close"] = "Đóng",
        ["MudFormComponent_Required"] = "Bắt buộc",
        ["MudInput_Clear"] = "Xóa",
        ["MudNavGroup_ToggleExpand"] = "Mở/đóng",
        ["MudSelect_SelectAll"] = "Chọn tất cả",
        ["MudSnackbar_Close"] = "Đóng",
        ["MudTimePicker_Open"] = "Chọn giờ",
        ["MudTreeView_CollapseItem"] = "Thu gọn",
        ["MudTreeView_ExpandItem"] = "Mở rộng",
    };

    public override LocalizedString this[string key] =>
        Bilingual.IsVietnamese && Vietnamese.TryGetValue(key, out var text)
            ? new LocalizedString(key, text)
            : new LocalizedString(key, key, resourceNotFound: true);
}
