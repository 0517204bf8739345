using HealthDashboard.Web.Features.DataValues;
using HealthDashboard.Web.Features.Import;
using HealthDashboard.Web.Features.Security;

namespace HealthDashboard.Web.Api;

/// <summary>
/// <c>POST /api/dataValueSets[?dryRun=true]</c>: DHIS2 JSON (<c>application/json</c>) or CSV (<c>text/csv</c>, ours or
/// DHIS2's columns), read and checked like a file on /import and saved whole or not at all, answering with an
/// <see cref="ImportSummary"/>: 200 when saved (or, in a dry run, what would be), 400 with every conflict, 403 when a
/// value's unit is outside the key's subtree, 413 over the size limit, 415 for another content type.
/// </summary>
public static class DataValueSetImportApi
{
    public static async Task<IResult> ImportAsync(HttpRequest request, ImportChecker checker, DataValueWriter writer)
    {
        try
        {
            var dryRunText = request.Query["dryRun"].ToString();
            if (dryRunText.Length > 0 && !bool.TryParse(dryRunText, out _))
            {
                return Message(StatusCodes.Status400BadRequest, $"dryRun phải là true hoặc false, không phải '{Short(dryRunText)}'.",
                    $"dryRun must be true or false, not '{Short(dryRunText)}'.");
            }

            var dryRun = dryRunText.Length > 0 && bool.Parse(dryRunText);
            var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant() ?? "";
            var isCsv = mediaType is "text/csv" or "application/csv" or "text/plain";
            if (!isCsv && mediaType is not ("" or "application/json" or "text/json"))
            {
                return Message(StatusCodes.Status415UnsupportedMediaType,
                    $"Kiểu nội dung '{Short(mediaType)}' không được hỗ trợ: gửi application/json hoặc text/csv.",
                    $"The content type '{Short(mediaType)}' is not supported: send application/json or text/csv.");
            }

            var body = await ReadBodyAsync(request);
            if (body is null)
            {
                var tooBig = ImportLimits.TooBig(request.ContentLength ?? ImportLimits.MaxBytes + 1);
                return TypedResults.Json(ImportSummary.Failure([tooBig], 0, (_, _) => null, dryRun), statusCode: StatusCodes.Status413PayloadTooLarge);
            }

            var file = !ImportTextDecoder.TryDecode(body, out var text, out var problem) ? ParsedFile.Unreadable(null, problem!)
                : isCsv ? CsvImportParser.Parse(text) : Dhis2JsonImportParser.Parse(text);
            var user = request.HttpContext.User;
            var check = await checker.CheckAsync(file, user, preview: dryRun, request.HttpContext.RequestAborted);
            var byIndex = file.Rows.ToDictionary(r => r.Index, r => r.Input);
            string? Offending(int index, string field) => FieldOf(byIndex.GetValueOrDefault(index), field);
            if (check.OutOfScope.Count > 0)
            {
                return TypedResults.Json(ImportSummary.Failure(check.OutOfScope, check.RowCount, Offending, dryRun), statusCode: StatusCodes.Status403Forbidden);
            }

            if (!check.CanCommit)
            {
                return TypedResults.BadRequest(ImportSummary.Failure(check.Rejections, check.RowCount, Offending, dryRun));
            }

            if (dryRun)
            {
                return TypedResults.Ok(ImportSummary.Success(check.Preview!.New, check.Preview.Updated, check.Preview.Unchanged, check.Preview.Deleted, dryRun: true,
                    ImportSummary.WarningConflicts(check.Warnings, Offending)));
            }

            var result = await writer.WriteAsync(check.Inputs, user.AuditName(), DataValuesApi.Via, request.HttpContext.RequestAborted);
            return result.Saved
                ? TypedResults.Ok(ImportSummary.Success(result.Created, result.Updated, result.Unchanged, result.Deleted, dryRun: false,
                    ImportSummary.WarningConflicts(check.Warnings, Offending)))
                : TypedResults.BadRequest(ImportSummary.Failure(
                    result.Problems.Select(p => new ImportRejection(null, p.Index, p.Field, p.Message, p.MessageEn)).ToList(), check.RowCount, Offending, dryRun));
        }
        catch (BadHttpRequestException error)
        {
            // Kestrel's own refusals, such as a body cut short.
            return Message(error.StatusCode, "Yêu cầu không hợp lệ: " + error.Message, "Bad request: " + error.Message);
        }
    }

    /// <summary>The body, or null when it is over the limit (read to its end anyway, so the client gets the answer).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            total += read;
            if (total <= ImportLimits.MaxBytes)
            {
                buffer.Write(chunk, 0, read);
            }
        }

        return total > ImportLimits.MaxBytes ? null : buffer.ToArray();
    }

    private static string? FieldOf(DataValueInput? row, string field)
    {
        return field switch
        {
            "dataElement" => row?.DataElement,
            "orgUnit" => row?.OrgUnit,
            "period" => row?.Period,
            "value" => row?.Value,
            "deleted" => row?.Deleted,
            _ => null,
        };
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private static IResult Message(int status, string vi, string en) => TypedResults.Json(new ApiMessage(vi, en), statusCode: status);
}
