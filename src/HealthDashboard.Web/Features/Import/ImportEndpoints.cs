using HealthDashboard.Web.Api;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.Export;
using HealthDashboard.Web.Features.Security;
using Microsoft.AspNetCore.Mvc;

namespace HealthDashboard.Web.Features.Import;

/// <summary>
/// The /import page's plain HTTP side: the upload (a multipart form with the antiforgery token, not a file streamed
/// over the circuit, which is slow and size-limited), the commit (a form too), the template and a batch's rejected
/// rows as CSV. Each answers with a redirect to a page that says what happened, never with an error page.
/// </summary>
public static class ImportEndpoints
{
    public static IEndpointRouteBuilder MapImports(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/import").RequireAuthorization(Policies.Enter).AddEndpointFilter<ReadinessFilter>().ExcludeFromDescription();
        // Read up to 64 MB so a file over the 20 MB limit gets the page's message rather than a dropped connection.
        group.MapPost("/upload", UploadAsync).WithMetadata(new RequestSizeLimitAttribute(ImportLimits.MaxRequestBytes));
        group.MapPost("/{id}/commit", CommitAsync);
        group.MapGet("/template.xlsx", async (CatalogCache catalog, CancellationToken cancellationToken) =>
            TypedResults.File(ImportTemplate.Write(await catalog.CatalogAsync(cancellationToken)), XlsxExport.ContentType, ImportTemplate.FileName));
        group.MapGet("/{id}/rejected.csv", async Task<IResult> (string id, HttpContext http, ImportService imports) =>
            await imports.FindAsync(http.User, id, http.RequestAborted) is { } batch
                ? TypedResults.File(ImportRejections.ToCsv(ImportRejections.FromJson(batch.Rejections)), CsvExport.ContentType, $"rejected-{Path.GetFileNameWithoutExtension(batch.FileName)}.csv")
                : TypedResults.Text("Không tìm thấy lần nhập này.\nThere is no such import.\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound));
        return endpoints;
    }

    private static async Task<IResult> UploadAsync(IFormFile? file, HttpContext http, ImportService imports)
    {
        if (file is null || file.Length == 0 && string.IsNullOrEmpty(file.FileName))
        {
            return Results.LocalRedirect("/import?problem=" + ImportProblems.NoFile);
        }

        if (file.Length > ImportLimits.MaxBytes)
        {
            return Results.LocalRedirect($"/import?problem={ImportProblems.TooBig}&size={file.Length}");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, http.RequestAborted);
        var batch = await imports.UploadAsync(http.User, file.FileName, buffer.ToArray(), http.RequestAborted);
        return Results.LocalRedirect("/import/" + batch.Id);
    }

    // The form field is what makes the endpoint check the antiforgery token: a link on another site cannot commit a file.
    private static async Task<IResult> CommitAsync(string id, [FromForm] string? confirm, HttpContext http, ImportService imports)
    {
        var (outcome, _) = await imports.CommitAsync(http.User, id, http.RequestAborted);
        return outcome == ImportCommitOutcome.NotFound
            ? Results.LocalRedirect("/import?problem=" + ImportProblems.NotFound)
            : Results.LocalRedirect($"/import/{Uri.EscapeDataString(id)}?outcome={outcome.ToString().ToLowerInvariant()}");
    }
}
