using HealthDashboard.Data.Db;
using HealthDashboard.Web.Api;
using HealthDashboard.Web.Localization;

namespace HealthDashboard.Web.Errors;

/// <summary>What people and API callers are told while the database is out, in Vietnamese and English.</summary>
public static class DatabaseOutageText
{
    public static ApiMessage Message(DatabaseFailureKind kind) => kind == DatabaseFailureKind.CannotWrite
        ? new ApiMessage(
            "Không ghi được vào cơ sở dữ liệu: cơ sở dữ liệu đang chỉ cho đọc. Chưa có gì được lưu; vui lòng thử lại sau.",
            "The database cannot be written: it is read-only for now. Nothing was saved; please try again later.")
        : new ApiMessage(
            "Không đọc hay ghi được cơ sở dữ liệu lúc này: cơ sở dữ liệu đang dừng, mất kết nối hoặc bị khóa. Chưa có gì được lưu; vui lòng thử lại sau ít phút.",
            "The database cannot be read or written right now: it is stopped, out of reach or locked. Nothing was saved; please try again in a few minutes.");

    /// <summary>The banner over an open page, which keeps showing the figures it has.</summary>
    public static string Banner(DatabaseFailureKind kind) => kind == DatabaseFailureKind.CannotWrite
        ? Bilingual.Pick(
            "Cơ sở dữ liệu đang chỉ cho đọc: chưa lưu được thay đổi. Số liệu trên trang vẫn là số liệu mới nhất.",
            "The database is read-only: changes cannot be saved for now. The figures shown are the latest.")
        : Bilingual.Pick(
            "Đang mất kết nối cơ sở dữ liệu: trang vẫn hiển thị số liệu mới nhất và tự cập nhật khi kết nối trở lại.",
            "Database connection lost: the page keeps showing the latest figures and carries on by itself when it is back.");

    public static string Title => Bilingual.Pick("Cơ sở dữ liệu tạm thời không dùng được", "The database is unavailable for now");

    /// <summary>For a page: the message in the page's language, then the other one, so either reader understands.</summary>
    public static (string First, string Second) ForPage(DatabaseFailureKind kind) =>
        Message(kind) is var message && Bilingual.IsVietnamese ? (message.Message, message.MessageEn) : (message.MessageEn, message.Message);
}
