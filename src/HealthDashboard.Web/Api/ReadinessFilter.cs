using HealthDashboard.Web.Storage;

namespace HealthDashboard.Web.Api;

/// <summary>
/// Answers 503 with a message while the database is being prepared, instead of letting a data endpoint wait for
/// half a minute or read a half-seeded tree.
/// </summary>
public sealed class ReadinessFilter(DataReadiness readiness) : IEndpointFilter
{
    public static readonly ApiMessage NotPrepared = new("Không thể chuẩn bị cơ sở dữ liệu.", "The database could not be prepared.");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        return readiness.State switch
        {
            DataState.Ready => await next(context),
            DataState.Failed => TypedResults.Json(NotPrepared, statusCode: StatusCodes.Status503ServiceUnavailable),
            _ => Preparing(context.HttpContext),
        };
    }

    private static IResult Preparing(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "5";
        return TypedResults.Json(
            new ApiMessage("Đang chuẩn bị dữ liệu mẫu…", "Preparing sample data…"),
            statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
