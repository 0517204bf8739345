using HealthDashboard.Web.Features.DataValues;
using HealthDashboard.Web.Features.Import;

namespace HealthDashboard.Web.Api;

/// <summary>
/// The answer of <c>POST /api/dataValueSets</c>, shaped as DHIS2's import summary (responseType, status SUCCESS or
/// ERROR, importCount, conflicts) so DHIS2 clients read it, with our bilingual message and, on failure, the same
/// <c>errors</c> list the other write endpoints give.
/// </summary>
public sealed record ImportSummary(
    string ResponseType,
    string Status,
    bool DryRun,
    string Description,
    string Message,
    string MessageEn,
    ImportCount ImportCount,
    IReadOnlyList<ImportConflict> Conflicts,
    IReadOnlyList<DataValueProblem> Errors)
{
    /// <param name="warnings">Values saved (or that would be) all the same but unusual: as DHIS2 does, the status is then
    /// WARNING and they are the conflicts, while importCount still counts them as imported.</param>
    public static ImportSummary Success(int created, int updated, int unchanged, int deleted, bool dryRun, IReadOnlyList<ImportConflict>? warnings = null)
    {
        warnings ??= [];
        var (noteVi, noteEn) = warnings.Count == 0 ? ("", "") : ($" Có {warnings.Count} giá trị bất thường (xem conflicts).", $" {warnings.Count} unusual value(s): see conflicts.");
        return new("ImportSummary", warnings.Count == 0 ? "SUCCESS" : "WARNING", dryRun,
            dryRun ? "Dry run: nothing was saved." : "Import process completed successfully",
            (dryRun ? "Chạy thử, chưa lưu gì: " : "Đã lưu: ") + $"{created} mới, {updated} cập nhật, {unchanged} không đổi, {deleted} xoá." + noteVi,
            (dryRun ? "Dry run, nothing saved: " : "Saved: ") + $"{created} new, {updated} updated, {unchanged} unchanged, {deleted} deleted." + noteEn,
            new ImportCount(created, updated, unchanged, deleted), warnings, []);
    }

    /// <summary>An import's warnings as DHIS2-style conflicts, capped like the problems.</summary>
    public static IReadOnlyList<ImportConflict> WarningConflicts(IReadOnlyList<ImportRejection> warnings, Func<int, string, string?> offending) =>
        warnings.Take(DataValueValidator.MaxProblemsListed).Select(w => new ImportConflict(
            (w.Index is { } i ? offending(i, w.Field) : null) ?? w.Field, w.MessageEn, w.Field, w.Index is { } j ? [j] : [], w.Line, w.Message)).ToList();

    /// <param name="inputs">The request's values, by index, to name the offending text of each conflict.</param>
    public static ImportSummary Failure(IReadOnlyList<ImportRejection> rejections, int valueCount, Func<int, string, string?> offending, bool dryRun)
    {
        var rows = rejections.Where(r => r.Line is not null).Select(r => r.Line).Distinct().Count();
        var total = rejections.Count;
        // A wholly wrong file must not produce a huge answer: the counts say how many there are.
        rejections = rejections.Take(DataValueValidator.MaxProblemsListed).ToList();
        var conflicts = rejections.Select(r => new ImportConflict(
            (r.Index is { } i ? offending(i, r.Field) : null) ?? r.Field, r.MessageEn, r.Field, r.Index is { } j ? [j] : [], r.Line, r.Message)).ToList();
        return new ImportSummary("ImportSummary", "ERROR", dryRun, "Nothing was imported: the request has conflicts.",
            $"Không lưu gì: có {total} lỗi ({rows} dòng) trong dữ liệu gửi lên" + (total > rejections.Count ? $"; {rejections.Count} lỗi đầu được liệt kê." : "."),
            $"Nothing was saved: the request has {total} problem(s) in {rows} row(s)" + (total > rejections.Count ? $"; the first {rejections.Count} are listed." : "."),
            new ImportCount(0, 0, valueCount, 0), conflicts,
            rejections.Select(r => new DataValueProblem(r.Index, r.Field, r.Message, r.MessageEn)).ToList());
    }
}
