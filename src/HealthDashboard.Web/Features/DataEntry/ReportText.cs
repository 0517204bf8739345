using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.DataEntry;

/// <summary>The report form's words in Vietnamese and English.</summary>
public sealed class ReportText(Microsoft.Extensions.Options.IOptions<Jobs.JobsOptions> jobs)
{
    public string Title => Pick("Báo cáo tháng", "Monthly report");
    public string Station => Pick("Trạm y tế", "Health station");
    public string Field => Pick("Chỉ tiêu", "Item");
    public string Period => Pick("Kỳ", "Period");
    public string Previous => Pick("Kỳ trước", "Previous");
    public string Value => Pick("Giá trị", "Value");
    public string Note => Pick("Ghi chú", "Note");
    public string Yes => Pick("Có", "Yes");
    public string No => Pick("Không", "No");
    public string Save => Pick("Lưu", "Save");
    public string Saving => Pick("Đang lưu…", "Saving…");
    public string MarkComplete => Pick("Đánh dấu hoàn thành", "Mark complete");
    public string Reopen => Pick("Mở lại báo cáo", "Reopen the report");
    public string PreviousMonth => Pick("Tháng trước", "Previous month");
    public string NextMonth => Pick("Tháng sau", "Next month");
    public string ReadOnly => Pick("Bạn chỉ xem được báo cáo này: chỉ quản trị viên và cán bộ phụ trách đơn vị này được sửa.",
        "You can only view this report: only administrators and the officers of this unit may change it.");
    public string NotOverYet => Pick("Tháng chưa kết thúc: có thể nhập và lưu, nhưng chỉ đánh dấu hoàn thành sau khi hết tháng.",
        "The month is not over: values can be entered and saved, but the report can be marked complete only once it ends.");
    public string NeedsComment => Pick("Giá trị khác thường so với các kỳ trước của trạm: hãy ghi chú lý do để lưu.",
        "Unusual compared with the station's earlier periods: add a note saying why to save it.");
    public string CommentPlaceholder => Pick("Lý do (bắt buộc với giá trị khác thường)", "Reason (needed for an unusual value)");
    public string Unsaved => Pick("Có thay đổi chưa lưu.", "There are unsaved changes.");
    public string ConflictTitle => Pick("Báo cáo đã được người khác sửa", "The report was changed by someone else");
    public string Yours => Pick("Của bạn", "Yours");
    public string Theirs => Pick("Đã lưu", "Stored");
    public string SeeConflicts => Pick("Xem các ô bị trùng", "See the conflicting fields");
    public string KeepMine => Pick("Giữ giá trị của tôi", "Keep mine");
    public string TakeTheirs => Pick("Dùng giá trị đã lưu", "Use the stored one");
    public string KeepAllMine => Pick("Giữ tất cả giá trị của tôi", "Keep all of mine");
    public string TakeAllTheirs => Pick("Dùng tất cả giá trị đã lưu", "Use all the stored ones");
    public string ConflictHelp => Pick("Chọn giá trị cần giữ cho từng ô rồi bấm Lưu lại. Không có gì bị mất cho đến khi bạn chọn.",
        "Choose which value to keep for each field, then save again. Nothing is lost until you choose.");
    public string District => Pick("Huyện", "District");
    public string ListIntro => Pick("Các trạm y tế bạn được nhập báo cáo, với tình trạng các tháng gần đây. Chọn một tháng để mở báo cáo.",
        "The health stations you may report for, with their recent months. Pick a month to open its report.");
    public string NoStations => Pick("Không có trạm y tế nào trong phạm vi của bạn.", "There is no health station in your scope.");

    public string ListStatus(bool? done) => done switch
    {
        true => Pick("✓ Hoàn thành", "✓ Complete"),
        false => Pick("Chưa hoàn thành", "Not complete"),
        null => Pick("Đang nhập", "In progress"),
    };

    public string Empty => Pick("(trống)", "(empty)");

    public (string Vi, string En) Saved(int count, int deleted) => deleted == 0
        ? ($"Đã lưu {count} giá trị. Các bảng điều khiển đang mở sẽ tự cập nhật.", $"Saved {count} values. Open dashboards update by themselves.")
        : ($"Đã lưu {count} giá trị, xoá {deleted} giá trị. Các bảng điều khiển đang mở sẽ tự cập nhật.",
            $"Saved {count} values, deleted {deleted}. Open dashboards update by themselves.");

    public string WillDelete(string stored) => Pick($"Sẽ xoá giá trị đã lưu ({stored}) khi bấm Lưu.", $"The stored value ({stored}) will be deleted when you save.");

    public (string Vi, string En) Completed => ("Đã đánh dấu báo cáo hoàn thành.", "The report is marked complete.");
    public (string Vi, string En) Reopened => ("Đã mở lại báo cáo: báo cáo không còn được tính là hoàn thành.", "The report is open again: it no longer counts as complete.");

    public string Deadline(DateOnly day) => Pick($"Hạn nộp: {day:dd/MM/yyyy}", $"Due by {day:dd/MM/yyyy}");

    public string CompleteStatus(ReportCompletion c) => (c.Done, c.OnTime) switch
    {
        (false, _) => Pick("Chưa hoàn thành", "Not complete"),
        (true, true) => Pick("Đã hoàn thành đúng hạn", "Complete, on time"),
        _ => Pick("Đã hoàn thành, trễ hạn", "Complete, late"),
    };

    public string By(string? who, DateTime? at) =>
        who is null ? "" : Pick($"bởi {who}", $"by {who}") + (at is { } t ? $" · {TimeZoneInfo.ConvertTimeFromUtc(t, jobs.Value.FindZone()):dd/MM/yyyy HH:mm}" : "");
}
