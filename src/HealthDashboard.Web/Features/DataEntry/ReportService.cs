using System.Data.Common;
using System.Globalization;
using System.Security.Claims;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Reporting;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.DataValues;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Jobs;
using HealthDashboard.Web.Storage;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Features.DataEntry;

/// <summary>
/// Reads a station's monthly report and saves it through the one write path (checked, audited, pushed live). A save
/// carries the values the person saw, so a change someone else made meanwhile comes back as a conflict, not lost.
/// </summary>
public sealed class ReportService(
    OrgUnitCache units, CatalogCache catalog, DataStores stores, DataValueWriter writer, IOptions<JobsOptions> jobs, ReportingClock reporting)
{
    /// <summary>The audit log's channel for values saved from the form.</summary>
    public const string Via = "form";

    public async Task<ReportLoad> LoadAsync(string unitCode, string periodText, ClaimsPrincipal user, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        var tree = await units.TreeAsync(cancellationToken);
        if (tree.Find(unitCode.Trim()) is not { } unit || tree.StationOf(unit) is not { } station)
        {
            return new ReportLoad(null, ($"Không có trạm y tế mã '{unitCode}'.", $"No commune health station has the code '{unitCode}'."));
        }

        if (!Period.TryParse(periodText, out var month) || month.Type != PeriodType.Month)
        {
            return new ReportLoad(null, ($"'{periodText}' không phải là một tháng: dùng dạng 202410.", $"'{periodText}' is not a month: use the form 202410."));
        }

        var today = Today();
        if (month.Start > today)
        {
            return new ReportLoad(null, ($"Tháng {month.Index}/{month.Year} chưa tới.", $"{month} has not begun yet."));
        }

        var stored = await new UnitValueReader(stores.Database).ReadAsync(station.Id, cancellationToken);
        var form = new ReportForm
        {
            Station = station,
            Commune = station.ParentId is { } parent ? tree.Find(parent) : null,
            Month = month,
            Sections = ReportFormReader.Sections(await catalog.CatalogAsync(cancellationToken), month, stored, culture),
            Completion = ReportFormReader.Completion(month, stored),
            CanEdit = UnitScope.CanWrite(user, tree, station.Code),
            MonthIsOver = ReportDeadline.CanComplete(month, today),
            HasNextMonth = month.Next().Start <= today,
            Deadline = ReportDeadline.LastDayOf(month, jobs.Value.ReportingDeadlineDay),
        };

        // Parsed at once, so the form knows from the start which fields hold what was stored (and stored values that
        // already break a rule show their message before anyone types).
        ReportChecks.Run(form.Fields.ToList(), culture);
        return new ReportLoad(form, null);
    }

    /// <summary>
    /// Reads the stored values again into an open form: fields the person has not touched take the new value; a touched
    /// field whose stored value moved meanwhile shows the conflict at once, before any save. Returns whether anything moved.
    /// </summary>
    public async Task<bool> RefreshAsync(ReportForm form, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        var stored = await new UnitValueReader(stores.Database).ReadAsync(form.Station.Id, cancellationToken);
        return ReportFormMerge.Apply(form, stored, culture);
    }

    /// <summary>Saves the changed fields if every check passes and nobody changed them since the form was read.</summary>
    public async Task<ReportSaveOutcome> SaveAsync(ReportForm form, ClaimsPrincipal user, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        var fields = form.Fields.ToList();
        ReportChecks.Run(fields, culture);
        if (!form.CanEdit || !UnitScope.CanWrite(user, await units.TreeAsync(cancellationToken), form.Station.Code))
        {
            return new ReportSaveOutcome(false, 0, 0, ("Bạn không được sửa báo cáo của trạm này.", "You may not change this station's report."));
        }

        if (!ReportChecks.CanSave(fields))
        {
            return new ReportSaveOutcome(false, 0, 0, ("Chưa lưu: hãy sửa các ô được đánh dấu.", "Not saved: correct the marked fields first."));
        }

        var changed = fields.Where(f => f.IsChanged && (f.Value is not null || f.WillDelete)).ToList();
        if (changed.Count == 0)
        {
            return new ReportSaveOutcome(true, 0, 0, ("Không có gì thay đổi.", "Nothing has changed."));
        }

        // An emptied field deletes its stored value, through the same checks, audit and conflict check as any change.
        var inputs = changed.Select(f => f.WillDelete ? DataValueInput.Deletion(f.Element.Code, form.Station.Code, f.Period.ToString())
            : Input(f.Element.Code, form.Station.Code, f.Period, f.Value!.Value, f.Comment)).ToList();
        var expected = changed.Select(f => new ExpectedValue(f.Element.Id, form.Station.Id, f.Period, f.Saved)).ToList();
        return await WriteAsync(form, inputs, expected, user, cancellationToken);
    }

    /// <summary>Marks the month complete (due, done, on time or late) or, with <paramref name="complete"/> false, open again.</summary>
    public async Task<ReportSaveOutcome> SetCompleteAsync(ReportForm form, bool complete, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!form.CanEdit || !UnitScope.CanWrite(user, await units.TreeAsync(cancellationToken), form.Station.Code))
        {
            return new ReportSaveOutcome(false, 0, 0, ("Bạn không được sửa báo cáo của trạm này.", "You may not change this station's report."));
        }

        if (!form.MonthIsOver)
        {
            return new ReportSaveOutcome(false, 0, 0, ("Chỉ đánh dấu hoàn thành được khi tháng đã kết thúc.", "A report can be marked complete only once its month is over."));
        }

        var onTime = complete && ReportDeadline.IsOnTime(form.Month, Today(), jobs.Value.ReportingDeadlineDay);
        var code = form.Station.Code;
        List<DataValueInput> inputs =
        [
            Input("REPORT_DUE", code, form.Month, 1, null),
            Input("REPORT_DONE", code, form.Month, complete ? 1 : 0, null),
            Input("REPORT_ON_TIME", code, form.Month, onTime ? 1 : 0, null),
        ];
        return await WriteAsync(form, inputs, null, user, cancellationToken);
    }

    private async Task<ReportSaveOutcome> WriteAsync(ReportForm form, List<DataValueInput> inputs, List<ExpectedValue>? expected, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        DataValueWriteResult result;
        try
        {
            result = await writer.WriteAsync(inputs, user.AuditName(), Via, cancellationToken, expected);
        }
        catch (DbException)
        {
            return new ReportSaveOutcome(false, 0, 0, ("Không lưu được vào cơ sở dữ liệu lúc này; các số bạn nhập vẫn còn trên trang. Vui lòng thử lại.",
                "The database could not take the save just now; what you typed is still on the page. Please try again."));
        }

        if (result.Conflicts.Count > 0)
        {
            var byKey = form.Fields.ToDictionary(f => (f.Element.Id, f.Period));
            foreach (var conflict in result.Conflicts)
            {
                if (byKey.GetValueOrDefault((conflict.ElementId, conflict.Period)) is { } field)
                {
                    field.Conflict = conflict;
                }
            }

            return new ReportSaveOutcome(false, 0, result.Conflicts.Count, ("Người khác đã sửa báo cáo này sau khi bạn mở nó: chưa lưu gì. Hãy chọn giữ giá trị nào.",
                "Someone else changed this report after you opened it: nothing was saved. Choose which values to keep."));
        }

        if (!result.Saved)
        {
            var first = result.Problems[0];
            return new ReportSaveOutcome(false, 0, 0, (first.Message, first.MessageEn));
        }

        return new ReportSaveOutcome(true, result.Created + result.Updated, 0, null, result.Deleted);
    }

    private static DataValueInput Input(string element, string unit, Period period, double value, string? comment) =>
        new(element, unit, period.ToString(), value.ToString("R", CultureInfo.InvariantCulture), string.IsNullOrWhiteSpace(comment) ? null : comment.Trim());

    private DateOnly Today() => reporting.Today;
}
