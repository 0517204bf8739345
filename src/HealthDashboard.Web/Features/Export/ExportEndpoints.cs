using HealthDashboard.Web.Api;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Features.Rankings;
using HealthDashboard.Web.Features.Trends;
using HealthDashboard.Web.Features.ViewQueries;

namespace HealthDashboard.Web.Features.Export;

/// <summary>
/// <c>GET /export/{trends|rankings|overview}.{csv|xlsx}</c> with the page's own query string: the view as a file,
/// from the same services and snapshot as the page. A bad query is a 400 with the page's bilingual message.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/{view}.{format}", ExportAsync).AddEndpointFilter<ReadinessFilter>().ExcludeFromDescription()
            .RequireAuthorization(Security.Policies.Read);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(string view, string format, HttpContext http, ViewQueryService queries,
        TrendService trends, RankingService rankings, OverviewService overviews, TrendsText trendsText, RankingsText rankingsText,
        OverviewText overviewText, CancellationToken cancellationToken)
    {
        if (format is not ("csv" or "xlsx") || view is not ("trends" or "rankings" or "overview"))
        {
            return Problem(StatusCodes.Status404NotFound, "Không có tệp xuất này (trends, rankings hoặc overview; .csv hoặc .xlsx).",
                "There is no such export (trends, rankings or overview; .csv or .xlsx).");
        }

        var q = http.Request.Query;
        // The overview has every indicator of every year: only its unit is read, so a stray part cannot fail it.
        var (query, problems) = view == "overview"
            ? await queries.ReadAsync(null, q["unit"], null, null, http.User, cancellationToken)
            : await queries.ReadAsync(q["indicator"], q["unit"], q["periodType"], q["period"], http.User, cancellationToken);
        if (query is null)
        {
            return Problem(StatusCodes.Status400BadRequest, string.Join(" ", problems.Select(p => p.Vietnamese)), string.Join(" ", problems.Select(p => p.English)));
        }

        ExportTable table = view switch
        {
            "trends" => TrendExportTable.From(await trends.LoadAsync(TrendService.WithDefaultPeriod(query, q["periodType"]),
                TrendComparison.Parse(q["compare"], q["with"], out _), cancellationToken, trends.FromYear(q["from"])), trendsText),
            "rankings" => RankingExportTable.From(await rankings.LoadAsync(query, cancellationToken), rankingsText),
            _ => OverviewExportTable.From((await overviews.LoadAsync(query.Unit.Code, cancellationToken))!, overviewText),
        };
        var name = view == "overview" ? $"overview-{query.Unit.Code}" : $"{view}-{query.Indicator.Code}-{query.Unit.Code}";
        if (view == "rankings")
        {
            name += "-" + query.Year;
        }

        return format == "csv"
            ? TypedResults.File(CsvExport.Write(table), CsvExport.ContentType, name + ".csv")
            : TypedResults.File(XlsxExport.Write(table), XlsxExport.ContentType, name + ".xlsx");
    }

    // Plain text in both languages: a file link opened by hand should read as a sentence, not as JSON.
    private static IResult Problem(int status, string vietnamese, string english) =>
        TypedResults.Text($"{vietnamese}\n{english}\n", "text/plain; charset=utf-8", statusCode: status);
}
