using System.Globalization;
using HealthDashboard.Data.Imports;
using Microsoft.Extensions.Options;
using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Import;

/// <summary>The import pages' words in Vietnamese and English, with numbers and times as each language writes them.</summary>
public sealed class ImportText(IOptions<Jobs.JobsOptions> jobs)
{
    public string Title => Pick("Nhập số liệu từ tệp", "Import data from a file");
    public string Intro => Pick(
        "Tải lên một tệp; số liệu được kiểm tra và chạy thử trước, chưa lưu gì. Sau khi xem kết quả, bấm Lưu để lưu toàn bộ tệp, hoặc không lưu gì nếu có dòng bị từ chối.",
        "Upload a file; its values are checked and dry-run first, and nothing is saved yet. After the preview, Save writes the whole file, or nothing if any row is rejected.");
    public string Formats => Pick(
        "Định dạng: CSV của chúng tôi (data_element,org_unit,period,value[,comment]), tệp mẫu .xlsx, DHIS2 dataValueSets JSON hoặc CSV (khớp theo mã). Mã hóa UTF-8, tối đa 20 MB và 100.000 dòng.",
        "Formats: our CSV (data_element,org_unit,period,value[,comment]), the .xlsx template, DHIS2 dataValueSets JSON or CSV (matched by code). UTF-8, at most 20 MB and 100,000 rows.");
    public string File => Pick("Tệp", "File");
    public string Upload => Pick("Tải lên và kiểm tra", "Upload and check");
    public string Template => Pick("Tải tệp mẫu (.xlsx)", "Download the template (.xlsx)");
    public string History => Pick("Lịch sử nhập", "Import history");
    public string NoHistory => Pick("Chưa có lần nhập nào.", "No imports yet.");
    public string When => Pick("Thời gian", "When");
    public string Who => Pick("Người nhập", "Who");
    public string Format => Pick("Định dạng", "Format");
    public string Rows => Pick("Số dòng", "Rows");
    public string New => Pick("Mới", "New");
    public string Updated => Pick("Cập nhật", "Updated");
    public string Unchanged => Pick("Không đổi", "Unchanged");
    public string Deleted => Pick("Xoá", "Deleted");
    public string Rejected => Pick("Bị từ chối", "Rejected");
    public string State => Pick("Trạng thái", "Status");
    public string Open => Pick("Xem", "Open");
    public string RejectedRows => Pick("Các dòng bị từ chối", "Rejected rows");
    public string Warnings => Pick("Giá trị bất thường (vẫn được lưu)", "Unusual values (saved all the same)");
    public string PreviewTitle => Pick("Kết quả kiểm tra (chạy thử)", "Check results (dry run)");
    public string CommittedTitle => Pick("Đã lưu", "Saved");
    public string Line => Pick("Dòng", "Line");
    public string Field => Pick("Cột", "Field");
    public string Reason => Pick("Lý do", "Reason");
    public string FileProblem => Pick("Cả tệp", "Whole file");
    public string DownloadRejected => Pick("Tải danh sách dòng bị từ chối (.csv)", "Download the rejected rows (.csv)");
    public string Commit => Pick("Lưu vào cơ sở dữ liệu", "Save to the database");
    public string CommitNote => Pick("Lưu toàn bộ trong một giao dịch: hoặc tất cả, hoặc không gì cả.", "Saved whole in one transaction: all of it or nothing.");
    public string NothingToSave => Pick("Tất cả giá trị đã có sẵn với cùng số liệu: lưu sẽ không thay đổi gì.", "Every value is already stored as it is: saving changes nothing.");
    public string CannotCommit => Pick(
        "Tệp có dòng bị từ chối nên không thể lưu: không có gì được lưu. Sửa các dòng dưới đây rồi tải tệp lên lại.",
        "The file has rejected rows, so it cannot be saved: nothing was saved. Fix the rows below and upload the file again.");
    public string Back => Pick("Nhập tệp khác", "Import another file");
    public string NotFound => Pick("Không tìm thấy lần nhập này (hoặc bạn không được xem).", "There is no such import (or you may not see it).");
    public string MoreRejected(int shown, int total) => Pick(
        $"Hiển thị {Number(shown)} trên {Number(total)} lỗi; tải tệp CSV để xem tất cả.", $"Showing {Number(shown)} of {Number(total)} problems; download the CSV for all of them.");

    public string Problem(string? code, long? size) => code switch
    {
        ImportProblems.NoFile => Pick("Hãy chọn một tệp trước khi tải lên.", "Please choose a file before uploading."),
        ImportProblems.TooBig => Pick(ImportLimits.TooBig(size ?? ImportLimits.MaxBytes + 1).Message, ImportLimits.TooBig(size ?? ImportLimits.MaxBytes + 1).MessageEn),
        ImportProblems.NotFound => NotFound,
        _ => "",
    };

    public string Outcome(string? outcome) => outcome switch
    {
        "committed" => Pick("Đã lưu toàn bộ tệp. Các bảng điều khiển đang cập nhật.", "The whole file was saved. The dashboards are updating."),
        "alreadycommitted" => Pick("Tệp này đã được lưu trước đó; không lưu lại lần nữa.", "This file was saved before; it is not saved twice."),
        "rejected" => CannotCommit,
        "changedsincedryrun" => Pick(
            "Khi lưu, tệp không còn hợp lệ (danh mục, đơn vị hoặc quyền đã thay đổi từ lúc chạy thử): không có gì được lưu. Hãy tải tệp lên lại.",
            "At saving, the file was no longer valid (the catalog, units or your rights changed since the dry run): nothing was saved. Please upload it again."),
        "databasebusy" => Pick("Cơ sở dữ liệu đang bận; chưa có gì được lưu. Vui lòng bấm Lưu lần nữa.", "The database is busy; nothing was saved. Please press Save again."),
        _ => "",
    };

    public string Status(string status) => status switch
    {
        ImportStatus.Ready => Pick("Chờ lưu", "Ready to save"),
        ImportStatus.Rejected => Pick("Bị từ chối", "Rejected"),
        ImportStatus.Committed => Pick("Đã lưu", "Saved"),
        _ => status,
    };

    public string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public string Time(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, jobs.Value.FindZone()).ToString(IsVietnamese ? "dd/MM/yyyy HH:mm" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
